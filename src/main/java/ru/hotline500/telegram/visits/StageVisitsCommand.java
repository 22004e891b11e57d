package ru.hotline500.telegram.visits;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.visits.VisitConfirmations;

/** /visits: a coordinator sees their territory's schools, a curator their own visits; anyone else is refused. */
@Component
@Order(60)
class StageVisitsCommand implements BotCommand {

    private final Access access;
    private final VisitList curatorView;
    private final CoordinatorVisits coordinatorView;
    private final VisitConfirmations confirmations;

    StageVisitsCommand(Access access, VisitList curatorView, CoordinatorVisits coordinatorView, VisitConfirmations confirmations) {
        this.access = access;
        this.curatorView = curatorView;
        this.coordinatorView = coordinatorView;
        this.confirmations = confirmations;
    }

    /** /export: the coordinator's territory, current stage, as an XLSX file. */
    List<Outgoing> export(Inbound.Message message) {
        Optional<Member> member = access.member(message.from()).filter(Member::coordinates);
        if (member.isEmpty()) {
            return access.refuse(message.chat(), message.from(), "export visits", AccessTexts.NOT_A_COORDINATOR);
        }
        return coordinatorView.export(message.chat(), member.get(), confirmations.currentStage(member.get()));
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("visits", VisitTexts.VISITS_MENU).forAudience(CommandInfo.Audience.CURATORS_AND_COORDINATORS);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        Optional<Member> member = access.member(message.from());
        if (member.isEmpty()) {
            return access.refuseStranger(message.chat(), message.from(), "see visits");
        }
        if (member.get().coordinates()) {
            return coordinatorView.show(message.chat(), member.get(), confirmations.currentStage(member.get()));
        }
        if (member.get().has(Role.CURATOR)) {
            return curatorView.curatorView(message.chat(), member.get());
        }
        return access.refuse(message.chat(), message.from(), "see visits as " + AccessTexts.roles(member.get()),
                VisitTexts.WHO_SEES_VISITS);
    }
}
