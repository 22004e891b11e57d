package ru.hotline500.telegram.visits;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.people.Scope;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonData;
import ru.hotline500.telegram.ButtonHandler;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.StaleButton;
import ru.hotline500.territory.Territories;
import ru.hotline500.visits.SchoolVisitWords;
import ru.hotline500.visits.SchoolVisits;
import ru.hotline500.visits.Stage;
import ru.hotline500.visits.Visit;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitExport;
import ru.hotline500.visits.VisitOverview;

/**
 * /visits for a coordinator: each school of their territory with its curators, the visits of the stage and those
 * still missing. Its buttons show another stage or export one; the scope is the presser's own.
 */
@Component
public class CoordinatorVisits implements ButtonHandler {

    /** Проект 500+ began in 2021: no stage before. */
    private static final int FIRST_YEAR = 2021;

    private final Access access;
    private final Directory directory;
    private final VisitOverview overview;
    private final VisitConfirmations confirmations;
    private final Territories territories;

    CoordinatorVisits(Access access, Directory directory, VisitOverview overview, VisitConfirmations confirmations, Territories territories) {
        this.territories = territories;
        this.access = access;
        this.directory = directory;
        this.overview = overview;
        this.confirmations = confirmations;
    }

    List<Outgoing> show(ChatRef chat, Member coordinator, Stage stage) {
        Scope scope = directory.scopeOf(coordinator);
        List<SchoolVisits> schools = overview.of(scope, stage);
        long missing = schools.stream().filter(SchoolVisits::missing).count();
        StringBuilder text = new StringBuilder(VisitTexts.coordinatorHeading(stage, schools.size(), missing));
        schools.forEach(school -> text.append('\n').append(line(school)));
        if (schools.isEmpty()) {
            text.append('\n').append(VisitTexts.NO_SCHOOLS_IN_SCOPE);
        }
        Stage other = confirmations.stage(stage.year(), stage.number() == 1 ? 2 : 1);
        List<List<Button>> rows = List.of(
                List.of(Button.callback(VisitTexts.EXPORT, ButtonKind.STAGE_EXPORT.data(stage.year(), stage.number()))),
                List.of(Button.callback(VisitTexts.showStage(other), ButtonKind.STAGE_VISITS.data(other.year(), other.number()))));
        return List.of(new Outgoing.Message(chat, text.toString().strip(), rows, null));
    }

    @Override
    public Set<ButtonKind> kinds() {
        return EnumSet.of(ButtonKind.STAGE_VISITS, ButtonKind.STAGE_EXPORT);
    }

    @Override
    public List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data) {
        Optional<Member> member = access.member(press.from()).filter(Member::coordinates);
        if (member.isEmpty()) {
            return access.refuse(press.chat(), press.from(), "see visits " + press.data(), AccessTexts.NOT_A_COORDINATOR);
        }
        int year = data.number(0);
        int number = data.number(1);
        if ((number != 1 && number != 2) || year < FIRST_YEAR || year > confirmations.currentStage(member.get()).year()) {
            return StaleButton.answer(press, "no stage " + number + " of " + year + " to show");
        }
        Stage stage = confirmations.stage(year, number);
        return data.kind() == ButtonKind.STAGE_EXPORT ? export(press.chat(), member.get(), stage) : show(press.chat(), member.get(), stage);
    }

    /** The stage of the coordinator's territory as an XLSX file (/export, or the button under /visits). */
    List<Outgoing> export(ChatRef chat, Member coordinator, Stage stage) {
        Scope scope = directory.scopeOf(coordinator);
        String territory = scope.everything() ? VisitTexts.ALL_TERRITORIES : territories.get(coordinator.territoryId()).name();
        byte[] file = VisitExport.xlsx(territory, stage, overview.of(scope, stage));
        String name = "visits-" + (scope.everything() ? "all" : coordinator.territoryId()) + "-" + stage.year() + "-" + stage.number() + ".xlsx";
        return List.of(new Outgoing.Document(chat, name, file, VisitTexts.exportCaption(territory, stage)));
    }

    private static String line(SchoolVisits school) {
        String visits = school.missing() ? SchoolVisitWords.NO_VISIT
                : school.visits().stream().map(CoordinatorVisits::visit).collect(Collectors.joining("; "));
        String plans = school.overduePlans().stream()
                .map(p -> "\n   ⚠ " + SchoolVisitWords.unconfirmedPlan(VisitTexts.shortDay(p.date()))).collect(Collectors.joining());
        return (school.missing() ? "❌ " : "✅ ") + school.school().label() + " — " + SchoolVisitWords.curators(school) + ": " + visits + plans;
    }

    private static String visit(Visit visit) {
        return VisitTexts.shortDay(visit.date()) + " (" + visit.purpose().label() + ")";
    }
}
