package ru.hotline500.digest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import ru.hotline500.people.Member;
import ru.hotline500.visits.Plan;
import ru.hotline500.visits.SchoolVisitWords;
import ru.hotline500.visits.SchoolVisits;
import ru.hotline500.visits.Visit;

/** The digest's wording, in one place: short lines, a heading per section, empty sections said in one line. */
final class DigestText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int LONGEST_ACTION = 110;

    private DigestText() {
    }

    static String of(Digest digest) {
        StringBuilder text = new StringBuilder("Сводка: " + digest.territoryName() + ", " + digest.stage().label()
                + " (на " + FULL.format(digest.today()) + ")\n");
        text.append("\n📅 Сроки в ближайшие ").append(digest.horizonDays()).append(" дней:\n");
        text.append(items(digest.dueSoon(), "до ", "нет"));
        text.append("\n⏰ Срок прошёл (отметок о выполнении в дорожной карте нет):\n");
        text.append(items(digest.overdue(), "", "нет"));
        visits(text, digest.schools());
        questions(text, digest.unanswered());
        return text.toString().strip();
    }

    private static String items(List<DueItem> items, String prefix, String none) {
        if (items.isEmpty()) {
            return none + "\n";
        }
        return items.stream().map(i -> "• " + prefix + DAY.format(i.until()) + " — п. " + i.number() + " " + clip(i.action())
                + (i.responsible().isBlank() ? "" : " (" + clip(i.responsible()) + ")")).collect(Collectors.joining("\n")) + "\n";
    }

    private static void visits(StringBuilder text, List<SchoolVisits> schools) {
        long missing = schools.stream().filter(SchoolVisits::missing).count();
        text.append("\n🏫 Визиты кураторов: с визитом ").append(schools.size() - missing).append(" из ").append(schools.size())
                .append(" школ\n");
        if (schools.isEmpty()) {
            text.append("школ в справочнике территории пока нет\n");
        }
        schools.stream().filter(s -> !s.missing()).forEach(s -> text.append("✅ ").append(s.school().label()).append(" — ")
                .append(SchoolVisitWords.curators(s)).append(": ").append(s.visits().stream().map(DigestText::visit).collect(Collectors.joining(", "))).append('\n'));
        schools.stream().filter(SchoolVisits::missing).forEach(s -> text.append("❌ ").append(s.school().label()).append(" — ")
                .append(SchoolVisitWords.curators(s)).append(": ").append(SchoolVisitWords.NO_VISIT).append("\n"));
        List<String> plans = schools.stream().flatMap(s -> s.overduePlans().stream().map(p -> plan(s, p))).toList();
        if (!plans.isEmpty()) {
            text.append("\n⚠ Запланированы и не подтверждены:\n").append(String.join("\n", plans)).append('\n');
        }
    }

    private static void questions(StringBuilder text, List<WaitingQuestion> questions) {
        if (questions.isEmpty()) {
            text.append("\n❓ Вопросов, которые давно ждут ответа, нет\n");
            return;
        }
        text.append("\n❓ Давно ждут ответа координатора: ").append(questions.size())
                .append(" (ответьте в группе на сообщение бота с вопросом — ответ уйдёт спросившему)\n");
        questions.forEach(q -> text.append("• ").append(DAY.format(q.since())).append(" ").append(q.askerName()).append(" (")
                .append(q.askerFrom()).append("): «").append(clip(q.question())).append("»\n"));
    }

    private static String visit(Visit visit) {
        return DAY.format(visit.date());
    }

    private static String plan(SchoolVisits school, Plan plan) {
        String curator = school.curators().stream().filter(c -> c.personId() == plan.curatorId()).map(Member::fullName)
                .findFirst().orElse("куратор");
        return "• " + DAY.format(plan.date()) + " — " + school.school().label() + ", " + curator;
    }

    private static String clip(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= LONGEST_ACTION) {
            return line;
        }
        String cut = line.substring(0, LONGEST_ACTION - 1);
        return (cut.lastIndexOf(' ') > LONGEST_ACTION / 2 ? cut.substring(0, cut.lastIndexOf(' ')) : cut).strip() + "…";
    }
}
