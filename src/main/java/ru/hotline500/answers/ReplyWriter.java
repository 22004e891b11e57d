package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.List;
import ru.hotline500.roadmap.RoadmapItem;

/** The Russian texts of answers, in one place so that their wording can be reviewed without touching logic. */
final class ReplyWriter {

    private static final int LONGEST_ACTION = 200;
    private static final int LONGEST_IN_LIST = 90;
    static final String HAND_OFF = "Если нужно, я передам ваш вопрос координаторам — они ответят лично.";

    String found(List<Match> matches, LocalDate today) {
        Match best = matches.get(0);
        StringBuilder text = new StringBuilder();
        text.append(action(best.item())).append("\n");
        text.append("Срок: ").append(RussianDates.deadline(best.item().deadline()));
        DeadlineStatus.of(best.item().deadline(), today).ifPresent(status -> text.append(" — ").append(status));
        text.append(".\n");
        if (!best.item().responsible().isEmpty()) {
            text.append("Ответственные: ").append(best.item().responsible()).append(".\n");
        }
        text.append("Источник: ").append(best.source()).append(".");
        if (matches.size() > 1) {
            text.append("\n\nТакже может подойти:");
            matches.subList(1, matches.size()).forEach(m -> text.append("\n• ").append(line(m, today)));
        }
        return text.toString();
    }

    String listed(TimeIntent intent, List<Match> matches, int total, LocalDate today, String scopeName) {
        String heading = heading(intent, matches.size());
        if (matches.isEmpty()) {
            return heading + " в дорожных картах " + scopeName + " сроков нет.\n" + HAND_OFF;
        }
        StringBuilder text = new StringBuilder(heading).append(":");
        matches.forEach(m -> text.append("\n• ").append(line(m, today)));
        text.append("\nИсточник: ").append(String.join("; ", matches.stream()
                .map(m -> m.source().substring(0, m.source().lastIndexOf(", п. "))).distinct().toList())).append(".");
        if (total > matches.size()) {
            text.append("\n…и ещё ").append(total - matches.size()).append(". Уточните вопрос, чтобы сузить список.");
        }
        return text.toString();
    }

    String notFound(String scopeName, List<Match> nearby, LocalDate today) {
        StringBuilder text = new StringBuilder("В дорожных картах ").append(scopeName)
                .append(" нет пункта, который отвечает на этот вопрос.");
        if (!nearby.isEmpty()) {
            text.append("\nВозможно, вы имели в виду:");
            nearby.forEach(m -> text.append("\n• ").append(line(m, today)));
        }
        return text.append("\n").append(HAND_OFF).toString();
    }

    private static String heading(TimeIntent intent, int listed) {
        switch (intent.kind()) {
            case NEAREST:
                return listed == 1 ? "Ближайший срок" : "Ближайшие сроки";
            case OVERDUE:
                return "Сроки, которые уже прошли";
            default:
                return "Сроки " + intent.wording();
        }
    }

    /** "июнь 2021 — «Экспертиза документов» (п. 8, срок прошёл 3 дня назад)". */
    private static String line(Match match, LocalDate today) {
        String status = DeadlineStatus.of(match.item().deadline(), today).map(s -> ", " + s).orElse("");
        return RussianDates.deadline(match.item().deadline()) + " — " + shortened(match.item(), LONGEST_IN_LIST)
                + " (" + match.source().substring(match.source().lastIndexOf("п. ")) + status + ")";
    }

    private static String action(RoadmapItem item) {
        return shortened(item, LONGEST_ACTION);
    }

    private static String shortened(RoadmapItem item, int longest) {
        String action = item.action().replaceAll("[.;,]+$", "");
        if (action.length() > longest) {
            int cut = action.lastIndexOf(' ', longest);
            action = action.substring(0, cut > 0 ? cut : longest).replaceAll("[.;,:(«-]+$", "") + "…";
        }
        return "«" + action + "»";
    }
}
