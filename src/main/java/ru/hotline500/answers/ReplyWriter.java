package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.List;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.Windows;

/** The Russian texts of answers, in one place so that their wording can be reviewed without touching logic. */
final class ReplyWriter {

    private static final int LONGEST_ACTION = 200;
    private static final int LONGEST_IN_LIST = 90;
    private static final int LONGEST_ONGOING = 50;
    private static final int MAX_ONGOING = 8;

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

    /** The answer the items give, best first, with its reply. */
    Answer foundAnswer(List<Match> matches, LocalDate today) {
        return new Answer(Answer.Verdict.FOUND, matches, List.of(), null, List.of(), found(matches, today));
    }

    /** The item given as a guess, with its reply. */
    Answer guessAnswer(Match likely, LocalDate today) {
        return new Answer(Answer.Verdict.PROBABLE, List.of(likely), List.of(), null, List.of(), probable(likely, today));
    }

    /** "Not found", with the closest items as «возможно». */
    Answer notFoundAnswer(String scopeName, List<Match> nearby, LocalDate today) {
        return new Answer(Answer.Verdict.NOT_FOUND, List.of(), nearby, null, List.of(), notFound(scopeName, nearby, today));
    }

    /** A guess: the item the question seems to be about, said to be a guess, with its term as in a sure answer. */
    String probable(Match likely, LocalDate today) {
        return "Точного совпадения нет, но, похоже, вы спрашиваете об этом пункте:\n" + found(List.of(likely), today)
                + "\nЕсли вы имели в виду другое, напишите, пожалуйста, другими словами.";
    }

    String listed(TimeIntent intent, List<Match> matches, int total, List<Match> ongoing, LocalDate today, String scopeName) {
        StringBuilder text = new StringBuilder();
        if (matches.isEmpty()) {
            text.append(nothing(intent, scopeName, ongoing.isEmpty()));
        } else {
            text.append(heading(intent, matches.size())).append(":");
            matches.forEach(m -> text.append("\n• ").append(line(m, today)));
            if (total > matches.size()) {
                text.append("\n…и ещё ").append(total - matches.size()).append(". Уточните вопрос, чтобы сузить список.");
            }
        }
        if (!ongoing.isEmpty()) {
            text.append("\nИдут весь период: ").append(String.join(", ", ongoing.stream().limit(MAX_ONGOING)
                    .map(m -> number(m) + " " + shortened(m.item(), LONGEST_ONGOING)).toList()));
            text.append(ongoing.size() > MAX_ONGOING ? " и ещё " + (ongoing.size() - MAX_ONGOING) + "." : ".");
        }
        List<Match> all = new java.util.ArrayList<>(matches);
        all.addAll(ongoing);
        if (!all.isEmpty()) {
            text.append("\nИсточник: ").append(String.join("; ", all.stream()
                    .map(m -> m.source().substring(0, m.source().lastIndexOf(", п. "))).distinct().toList())).append(".");
        }
        return text.toString();
    }

    /** "В мае 2027 в дорожных картах … сроков нет." — and no offer to pass it on: the roadmaps did answer. */
    private static String nothing(TimeIntent intent, String scopeName, boolean alone) {
        String where = "в дорожных картах " + scopeName;
        return switch (intent.kind()) {
            case NEAREST -> "Предстоящих сроков " + where + " нет: все сроки уже прошли.";
            case OVERDUE -> "Пропущенных сроков " + where + " нет: ни один срок ещё не истёк.";
            case URGENT -> "В ближайшие " + Windows.URGENT_DAYS + " дней " + where + " сроков нет.";
            default -> capitalized(intent.wording()) + " " + where + (alone ? " сроков нет." : " отдельных сроков нет.");
        };
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    String notFound(String scopeName, List<Match> nearby, LocalDate today) {
        StringBuilder text = new StringBuilder("В дорожных картах ").append(scopeName)
                .append(" нет пункта, который отвечает на этот вопрос.");
        if (!nearby.isEmpty()) {
            text.append("\nВозможно, вы имели в виду:");
            nearby.forEach(m -> text.append("\n• ").append(line(m, today)));
        }
        return text.toString();
    }

    private static String heading(TimeIntent intent, int listed) {
        switch (intent.kind()) {
            case NEAREST:
                return listed == 1 ? "Ближайший срок" : "Ближайшие сроки";
            case OVERDUE:
                return "Сроки, которые уже прошли";
            case URGENT:
                return "Срочно — сроки в ближайшие " + Windows.URGENT_DAYS + " дней";
            default:
                return "Сроки " + intent.wording();
        }
    }

    /** "июнь 2021 — «Экспертиза документов» (п. 8, срок прошёл 3 дня назад)". */
    private static String line(Match match, LocalDate today) {
        String status = DeadlineStatus.of(match.item().deadline(), today).map(s -> ", " + s).orElse("");
        return RussianDates.deadline(match.item().deadline()) + " — " + shortened(match.item(), LONGEST_IN_LIST)
                + " (" + number(match) + status + ")";
    }

    /** "п. 3.2". */
    private static String number(Match match) {
        return match.source().substring(match.source().lastIndexOf("п. "));
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
