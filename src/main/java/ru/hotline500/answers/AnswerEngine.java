package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.hotline500.roadmap.Windows;

/**
 * Finds the items that answer a question in one scope: by the action asked about (BM25 over stemmed terms
 * with synonyms) or by the time asked about (a month, this week, the nearest deadline, what is overdue).
 * A question about an action is answered when the best item covers enough of the question; when it covers a good
 * part of it and no other item comes close, the item is given as a {@link Guesses guess}, said to be one; otherwise
 * the answer is "not found" with the closest items.
 */
final class AnswerEngine {

    /** Share of the question's weight (idf) the best item must contain: tuned on the evaluation set. */
    static final double MIN_COVERAGE = 0.5;
    /** Share of an item's action a pasted letter must contain for the item to answer «это когда?» after it. */
    static final double LETTER_COVERAGE = 0.4;
    /** Other candidates are shown when their score is at least this share of the best. */
    static final double CLOSE_SCORE = 0.8;
    private static final int MAX_LISTED = 6;

    private final ReplyWriter replies = new ReplyWriter();

    /** @param placeNames terms of territory names, which say where to look, not what */
    Answer answer(String question, LocalDate today, ItemIndex index, String scopeName, Set<String> placeNames) {
        return answer(question, Terms.ofQuestion(question), Set.of(), today, index, scopeName, placeNames);
    }

    /**
     * @param timeText the part of the message to read the period from
     * @param words    the question's terms, analysed once by the caller
     * @param names    terms of proper names in the message, which count only when an item knows them
     */
    Answer answer(String timeText, List<String> words, Set<String> names, LocalDate today, ItemIndex index, String scopeName,
                  Set<String> placeNames) {
        TimeIntent intent = TimeIntents.of(timeText, today);
        List<String> terms = index.vocabulary().resolve(words.stream().filter(t -> !placeNames.contains(t)).toList(), names);
        if (terms.isEmpty() && intent.kind() == TimeIntent.Kind.NONE) {
            return Answer.unclear(SmallTalk.reply(SmallTalk.Kind.UNCLEAR));
        }
        List<String> allTerms = Stream.concat(terms.stream(), words.stream().filter(placeNames::contains)).toList();
        Topic topic = new Topic(terms, allTerms, placeNames, ExamDates.asked(words),
                Guesses.allowed(timeText));
        if (intent.kind() == TimeIntent.Kind.WINDOW && (topic.examItself()
                || Terms.ofQuestion(Clauses.questionClauses(timeText, today)).stream().anyMatch(Terms::isForeignMatter))) {
            return aboutAction(today, topic, index, scopeName);
        }
        return switch (intent.kind()) {
            case WINDOW -> listed(intent, today, topic, index, byDay(inPeriod(index, intent.range(), false), intent.range().from()),
                    inPeriod(index, intent.range(), true), scopeName);
            case URGENT -> listed(intent, today, topic, index, byDay(dueBetween(index, intent.range()), today),
                    inPeriod(index, intent.range(), true), scopeName);
            case NEAREST -> listed(intent, today, topic, index, upcoming(index, today), List.of(), scopeName);
            case OVERDUE -> listed(intent, today, topic, index, passed(index, today), passedOngoing(index, today), scopeName);
            default -> aboutAction(today, topic, index, scopeName);
        };
    }

    /**
     * A letter pasted before a question that only points at it («это в какие сроки?»): the item most of whose action
     * the letter contains, by score; "not found" when no item's action is mostly in the letter.
     */
    Answer aboutLetter(List<String> words, Set<String> names, LocalDate today, ItemIndex index, String scopeName, Set<String> placeNames) {
        List<String> terms = index.vocabulary().resolve(words.stream().filter(t -> !placeNames.contains(t)).toList(), names);
        Set<String> letter = Set.copyOf(terms);
        List<ItemIndex.Scored> covering = index.search(terms, Set.of()).stream()
                .filter(r -> index.actionCoverage(r.item(), letter) >= LETTER_COVERAGE).toList();
        if (covering.isEmpty()) {
            return replies.notFoundAnswer(scopeName, List.of(), today);
        }
        return found(covering, today, new Topic(terms, terms, Set.of(), false, false), index);
    }

    /** A period asked about something no roadmap has («зарплату за второй квартал»): a question about that thing. */
    private Answer aboutAction(LocalDate today, Topic topic, ItemIndex index, String scopeName) {
        List<ItemIndex.Scored> results = topic.search(index);
        List<ItemIndex.Scored> covering = results.stream().filter(r -> r.coverage() >= MIN_COVERAGE).toList();
        Optional<ItemIndex.Scored> guess = covering.isEmpty() && topic.guessable() ? Guesses.of(results) : Optional.empty();
        if (guess.isPresent()) {
            return replies.guessAnswer(match(guess.get()), today);
        }
        if (covering.isEmpty()) {
            List<Match> nearby = topic.nearby(index).stream().filter(r -> r.coverage() >= MIN_COVERAGE / 2).limit(2)
                    .map(AnswerEngine::match).toList();
            Answer notFound = replies.notFoundAnswer(scopeName, nearby, today);
            return topic.examItself() ? notFound.withNote(ExamDates.NOTE) : notFound;
        }
        return found(covering, today, topic, index);
    }

    /**
     * Two items that say the same ("Представление результатов выборочной экспертизы" in June and in November): the
     * one whose term is still ahead and nearest comes first.
     */
    private static boolean sameAction(ItemIndex.Scored one, ItemIndex.Scored other) {
        return plain(one.item().item().action()).equals(plain(other.item().item().action()));
    }

    private static String plain(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", "");
    }

    /**
     * The best item, and the close ones after it as "также может подойти"; of close ones, one of the stage asked
     * about comes first («а по второму?»: the second of two items that say the same).
     */
    private Answer found(List<ItemIndex.Scored> covering, LocalDate today, Topic topic, ItemIndex index) {
        double best = covering.get(0).score();
        Optional<String> stage = topic.terms().stream().filter(t -> t.startsWith("xstage")).findFirst();
        List<Match> matches = covering.stream().limit(3).filter(r -> r.score() >= best * CLOSE_SCORE)
                .sorted(Comparator.comparing((ItemIndex.Scored r) -> stage.isPresent() && !index.stage(r.item()).equals(stage))
                        .thenComparing(r -> !sameAction(r, covering.get(0)))
                        .thenComparing(r -> Windows.passed(r.item().item().deadline(), today))
                        .thenComparing(r -> DeadlineStatus.dueDay(r.item().item().deadline(), today)))
                .map(AnswerEngine::match).toList();
        return replies.foundAnswer(matches, today);
    }

    /**
     * A time question. With a topic ("мониторинг осенью когда") it is a question about an action, answered from the
     * items of the period that cover it (or, when none falls in the period, from the item wherever it falls, with its
     * own dates). Without one ("что в мае?"), the items of the period by day, then the ongoing ones in a line of their own.
     */
    private Answer listed(TimeIntent intent, LocalDate today, Topic topic, ItemIndex index, List<ScopeItem> specific,
                          List<ScopeItem> ongoing, String scopeName) {
        if (topic.terms().stream().anyMatch(t -> !t.startsWith("xstage"))) {
            List<ItemIndex.Scored> relevant = topic.search(index).stream().filter(r -> r.coverage() >= MIN_COVERAGE).toList();
            double best = relevant.isEmpty() || intent.kind() == TimeIntent.Kind.WINDOW ? 0 : relevant.get(0).score();
            List<ItemIndex.Scored> inPeriod = intent.kind() == TimeIntent.Kind.OVERDUE ? List.of() : relevant.stream()
                    .filter(r -> r.score() >= best * CLOSE_SCORE)
                    .filter(r -> specific.contains(r.item()) || ongoing.contains(r.item())).toList();
            if (!inPeriod.isEmpty() || !relevant.isEmpty()) {
                return found(inPeriod.isEmpty() ? relevant : inPeriod, today, topic, index);
            }
            if (topic.examItself()) {
                return aboutAction(today, topic, index, scopeName);
            }
        }
        List<Match> matches = specific.stream().limit(MAX_LISTED).map(AnswerEngine::match).toList();
        List<Match> alongside = ongoing.stream().map(AnswerEngine::match).toList();
        return new Answer(Answer.Verdict.LISTED, matches, List.of(), intent.range(), alongside,
                replies.listed(intent, matches, specific.size(), alongside, today, scopeName));
    }

    /** Items active in the period: the ongoing ones or those that fall due in it. */
    private static List<ScopeItem> inPeriod(ItemIndex index, DateRange range, boolean ongoing) {
        return index.items().stream().filter(i -> Windows.ongoing(i.item().deadline()) == ongoing)
                .filter(i -> Windows.activeIn(i.item().deadline(), range.from(), range.to())).toList();
    }

    private static List<ScopeItem> dueBetween(ItemIndex index, DateRange range) {
        return index.items().stream().filter(i -> !Windows.ongoing(i.item().deadline()))
                .filter(i -> Windows.dueBetween(i.item().deadline(), range.from(), range.to()).isPresent()).toList();
    }

    /** Items every window of which ended before today, the latest first. */
    private static List<ScopeItem> passed(ItemIndex index, LocalDate today) {
        return index.items().stream().filter(i -> !Windows.ongoing(i.item().deadline()))
                .filter(i -> Windows.passed(i.item().deadline(), today))
                .sorted(Comparator.comparing((ScopeItem i) -> i.item().deadline().end()).reversed()).toList();
    }

    /** The ongoing work of the year so far, which is never "passed" in the sense of a missed term. */
    private static List<ScopeItem> passedOngoing(ItemIndex index, LocalDate today) {
        return index.items().stream().filter(i -> Windows.ongoing(i.item().deadline()))
                .filter(i -> Windows.activeIn(i.item().deadline(), LocalDate.of(i.year(), 1, 1), today.minusDays(1))).toList();
    }

    private static List<ScopeItem> byDay(List<ScopeItem> items, LocalDate from) {
        return items.stream().sorted(byDue(from)).toList();
    }

    /** The items due on the soonest day that has not passed yet. */
    private static List<ScopeItem> upcoming(ItemIndex index, LocalDate today) {
        List<ScopeItem> coming = index.items().stream().filter(i -> !Windows.ongoing(i.item().deadline()))
                .filter(i -> i.item().deadline().windows().stream().anyMatch(w -> w.end() != null && !w.end().isBefore(today)))
                .sorted(byDue(today)).toList();
        if (coming.isEmpty()) {
            return coming;
        }
        LocalDate soonest = DeadlineStatus.dueDay(coming.get(0).item().deadline(), today);
        return coming.stream().filter(i -> DeadlineStatus.dueDay(i.item().deadline(), today).equals(soonest)).toList();
    }

    private static Comparator<ScopeItem> byDue(LocalDate today) {
        return Comparator.comparing((ScopeItem i) -> DeadlineStatus.dueDay(i.item().deadline(), today));
    }

    /**
     * What a question is about: its terms without place names, and all its terms for scoring, where a place name
     * helps an item that names it ("стажировочная площадка в Ульяновском районе") but is never required. A question
     * about the dates of an assessment itself is answered only by an item that is the assessment. A question that asks
     * about a term may be answered by a guess.
     */
    private record Topic(List<String> terms, List<String> allTerms, Set<String> places, boolean examItself, boolean guessable) {
        List<ItemIndex.Scored> search(ItemIndex index) {
            return nearby(index).stream().filter(r -> !examItself || index.answersExamDates(r.item(), terms)).toList();
        }

        List<ItemIndex.Scored> nearby(ItemIndex index) {
            return index.search(allTerms, places);
        }
    }

    private static Match match(ItemIndex.Scored scored) {
        ScopeItem item = scored.item();
        return new Match(item.territoryId(), item.year(), item.source(), item.item(), scored.score());
    }

    private static Match match(ScopeItem item) {
        return new Match(item.territoryId(), item.year(), item.source(), item.item(), 0);
    }
}
