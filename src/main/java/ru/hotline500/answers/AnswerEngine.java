package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.DeadlineKind;

/**
 * Finds the items that answer a question in one scope: by the action asked about (BM25 over stemmed terms
 * with synonyms) or by the time asked about (a month, this week, the nearest deadline, what is overdue).
 * A question about an action is answered only when the best item covers enough of the question; otherwise
 * the answer is "not found" with the closest items, never a guess.
 */
final class AnswerEngine {

    /** Share of the question's weight (idf) the best item must contain: tuned on the evaluation set. */
    static final double MIN_COVERAGE = 0.5;
    /** Other candidates are shown when their score is at least this share of the best. */
    static final double CLOSE_SCORE = 0.8;
    private static final int MAX_LISTED = 6;
    private static final Set<DeadlineKind> BACKGROUND = Set.of(DeadlineKind.WHOLE_YEAR, DeadlineKind.CONTINUOUS,
            DeadlineKind.RECURRING, DeadlineKind.BY_SCHEDULE, DeadlineKind.UNKNOWN);

    private final ReplyWriter replies = new ReplyWriter();

    /** @param placeNames terms of territory names, which say where to look, not what */
    Answer answer(String question, LocalDate today, ItemIndex index, String scopeName, Set<String> placeNames) {
        return answer(question, Terms.ofQuestion(question), today, index, scopeName, placeNames);
    }

    /** @param words the question's terms, analysed once by the caller */
    Answer answer(String question, List<String> words, LocalDate today, ItemIndex index, String scopeName, Set<String> placeNames) {
        TimeIntent intent = TimeIntents.of(question, today);
        List<String> terms = index.resolve(words.stream().filter(t -> !placeNames.contains(t)).toList());
        List<String> allTerms = Stream.concat(terms.stream(), words.stream().filter(placeNames::contains)).toList();
        Topic topic = new Topic(terms, allTerms, placeNames);
        switch (intent.kind()) {
            case WINDOW:
                return listed(intent, today, topic, index, inWindow(index, intent.range(), !topic.terms().isEmpty()), scopeName);
            case NEAREST:
                return listed(intent, today, topic, index, upcoming(index, today), scopeName);
            case OVERDUE:
                return listed(intent, today, topic, index, overdue(index, today), scopeName);
            default:
                return aboutAction(today, topic, index, scopeName);
        }
    }

    private Answer aboutAction(LocalDate today, Topic topic, ItemIndex index, String scopeName) {
        List<ItemIndex.Scored> results = topic.search(index);
        List<ItemIndex.Scored> covering = results.stream().filter(r -> r.coverage() >= MIN_COVERAGE).toList();
        if (covering.isEmpty()) {
            List<Match> nearby = results.stream().filter(r -> r.coverage() >= MIN_COVERAGE / 2).limit(2).map(AnswerEngine::match).toList();
            return new Answer(Answer.Verdict.NOT_FOUND, List.of(), nearby, null, replies.notFound(scopeName, nearby, today));
        }
        double best = covering.get(0).score();
        List<Match> matches = covering.stream().limit(3).filter(r -> r.score() >= best * CLOSE_SCORE)
                .map(AnswerEngine::match).toList();
        return new Answer(Answer.Verdict.FOUND, matches, List.of(), null, replies.found(matches, today));
    }

    private Answer listed(TimeIntent intent, LocalDate today, Topic topic, ItemIndex index, List<ScopeItem> candidates,
                          String scopeName) {
        List<ScopeItem> chosen = candidates;
        if (!topic.terms().isEmpty()) {
            Set<ScopeItem> relevant = topic.search(index).stream().filter(r -> r.coverage() >= MIN_COVERAGE)
                    .map(ItemIndex.Scored::item).collect(Collectors.toSet());
            List<ScopeItem> filtered = candidates.stream().filter(relevant::contains).toList();
            chosen = filtered.isEmpty() ? candidates : filtered;
        }
        List<Match> matches = chosen.stream().limit(MAX_LISTED).map(item -> new Match(item.territoryId(), item.year(),
                item.source(), item.item(), 0)).toList();
        Answer.Verdict verdict = matches.isEmpty() ? Answer.Verdict.NOT_FOUND : Answer.Verdict.FOUND;
        int total = chosen.size();
        return new Answer(verdict, matches, List.of(), intent.range(), replies.listed(intent, matches, total, today, scopeName));
    }

    /**
     * Items due in the window, by day; those running through it come after them when the question names a topic,
     * or instead of them when nothing is due.
     */
    private static List<ScopeItem> inWindow(ItemIndex index, DateRange range, boolean topical) {
        Stream<ScopeItem> due = index.items().stream().filter(i -> !BACKGROUND.contains(i.item().deadline().kind()))
                .filter(i -> endsWithin(i.item().deadline(), range));
        Stream<ScopeItem> running = index.items().stream().filter(i -> !BACKGROUND.contains(i.item().deadline().kind()))
                .filter(i -> !endsWithin(i.item().deadline(), range) && runsThrough(i.item().deadline(), range));
        List<ScopeItem> dueItems = due.sorted(byDue(range.from())).toList();
        if (!dueItems.isEmpty() && !topical) {
            return dueItems;
        }
        return Stream.concat(dueItems.stream(), running.sorted(byDue(range.from()))).toList();
    }

    /** The items due on the soonest day that has not passed yet. */
    private static List<ScopeItem> upcoming(ItemIndex index, LocalDate today) {
        List<ScopeItem> coming = index.items().stream().filter(i -> !BACKGROUND.contains(i.item().deadline().kind()))
                .filter(i -> i.item().deadline().windows().stream().anyMatch(w -> w.end() != null && !w.end().isBefore(today)))
                .sorted(byDue(today)).toList();
        if (coming.isEmpty()) {
            return coming;
        }
        LocalDate soonest = DeadlineStatus.dueDay(coming.get(0).item().deadline(), today);
        return coming.stream().filter(i -> DeadlineStatus.dueDay(i.item().deadline(), today).equals(soonest)).toList();
    }

    /** Items with a term that has passed ("март, сентябрь" in April: the March one), the latest first. */
    private static List<ScopeItem> overdue(ItemIndex index, LocalDate today) {
        return index.items().stream().filter(i -> !BACKGROUND.contains(i.item().deadline().kind()))
                .filter(i -> lastPassed(i.item().deadline(), today) != null)
                .sorted(Comparator.comparing((ScopeItem i) -> lastPassed(i.item().deadline(), today)).reversed()).toList();
    }

    private static LocalDate lastPassed(Deadline deadline, LocalDate today) {
        return deadline.windows().stream().map(w -> w.end()).filter(end -> end != null && end.isBefore(today))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static boolean endsWithin(Deadline deadline, DateRange range) {
        return deadline.windows().stream().anyMatch(w -> w.end() != null && !w.end().isBefore(range.from()) && !w.end().isAfter(range.to()));
    }

    private static boolean runsThrough(Deadline deadline, DateRange range) {
        return deadline.windows().stream().filter(w -> w.start() != null).anyMatch(w -> w.overlaps(range.from(), range.to()));
    }

    private static Comparator<ScopeItem> byDue(LocalDate today) {
        return Comparator.comparing((ScopeItem i) -> DeadlineStatus.dueDay(i.item().deadline(), today));
    }

    /**
     * What a question is about: its terms without place names, and all its terms for scoring, where a place name
     * helps an item that names it ("стажировочная площадка в Ульяновском районе") but is never required.
     */
    private record Topic(List<String> terms, List<String> allTerms, Set<String> places) {
        List<ItemIndex.Scored> search(ItemIndex index) {
            return index.search(allTerms, places);
        }
    }

    private static Match match(ItemIndex.Scored scored) {
        ScopeItem item = scored.item();
        return new Match(item.territoryId(), item.year(), item.source(), item.item(), scored.score());
    }
}
