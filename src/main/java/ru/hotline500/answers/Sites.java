package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items that are one action in several places — «Стажировочная площадка … (Сенгилеевский район)», «… (Ульяновский
 * район)», «… (г. Ульяновск)»: a question that names a place («а в Ульяновском районе?», «а в самом Ульяновске?») is
 * answered by the item of that place, and a place none of them names («а в Димитровграде?») is not found, with the
 * places there are as «возможно».
 */
final class Sites {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;
    /** «Сенгилеевский район», «в Ульяновском районе»: a district by its adjective; the district word is part of it. */
    private static final Pattern DISTRICT = Pattern.compile(
            "(?<!\\p{L})(\\p{L}+(?:ск|цк)\\p{L}{0,3})\\s+(район\\p{L}*|округ\\p{L}*)", FLAGS);
    /**
     * «г. Ульяновск», «в самом Ульяновске», «в Димитровграде», «на базе МОУ «Тереньгульский лицей»»; a follow-up is read
     * in lower case, so a town after «в» is known by its ending.
     */
    private static final Pattern TOWN = Pattern.compile(
            "(?<!\\p{L})(?:(?:г\\.\\s*|город\\p{L}*\\s+|на\\s+базе\\s+(?:\\p{Lu}{2,5}\\s+)?«?)(\\p{Lu}\\p{Ll}{3,})"
                    + "|(?:[вВ]|[вВ]о)\\s+(?:сам\\p{L}*\\s+)?"
                    + "((?!половин|середин|основ)\\p{L}{4,}(?:ске|цке|граде|ове|еве|ине|ыне|ино|ово)))(?!\\p{L})",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The share of terms two actions must share to be one action in two places. */
    private static final double SAME_ACTION = 0.6;

    private final ReplyWriter replies = new ReplyWriter();

    /** The places a text names, in order, each as terms with its name first: «в Ульяновском районе» is [ульяновск, район]. */
    static List<List<String>> named(String text) {
        List<int[]> at = new ArrayList<>();
        List<List<String>> places = new ArrayList<>();
        Matcher district = DISTRICT.matcher(text);
        while (district.find()) {
            at.add(new int[] {district.start(), places.size()});
            places.add(Terms.of(district.group(1) + " " + district.group(2)));
        }
        Matcher town = TOWN.matcher(text);
        while (town.find()) {
            at.add(new int[] {town.start(), places.size()});
            places.add(Terms.of(town.group(1) != null ? town.group(1) : town.group(2)));
        }
        at.sort((a, b) -> Integer.compare(a[0], b[0]));
        return at.stream().map(a -> places.get(a[1])).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * The answer with the site the question names, when the item it found is one action in several places: the item
     * of that place, or "not found" with the places there are when none is that place. A territory's name told about
     * the asker («я из Кизлярского района») is not a place asked about, unless one of the sites is named so.
     */
    Answer of(Answer answer, String question, ItemIndex index, Set<String> territoryTerms, String scopeName, LocalDate today) {
        if (answer.verdict() != Answer.Verdict.FOUND || named(answer.matches().get(0).item().action()).isEmpty()) {
            return answer;
        }
        Set<String> action = index.actionTerms(answer.matches().get(0).item());
        Map<Match, Set<String>> sites = new LinkedHashMap<>();
        for (ScopeItem item : index.items()) {
            List<List<String>> places = named(item.item().action());
            if (!places.isEmpty() && sameAction(index.actionTerms(item.item()), action)) {
                sites.put(new Match(item.territoryId(), item.year(), item.source(), item.item(), 0), Set.copyOf(places.get(0)));
            }
        }
        if (sites.size() < 2 || Set.copyOf(sites.values()).size() < sites.size()) {
            return answer;
        }
        List<List<String>> told = named(question).stream().filter(p -> !territoryTerms.contains(p.get(0))
                || sites.values().stream().anyMatch(s -> s.contains(p.get(0)))).toList();
        if (told.isEmpty()) {
            return answer;
        }
        List<String> asked = told.get(told.size() - 1);
        List<Match> there = sites.keySet().stream().filter(m -> sites.get(m).equals(Set.copyOf(asked))).toList();
        if (there.isEmpty()) {
            there = sites.keySet().stream().filter(m -> sites.get(m).contains(asked.get(0))).toList();
        }
        if (there.isEmpty()) {
            return replies.notFoundAnswer(scopeName, List.copyOf(sites.keySet()), today);
        }
        return there.get(0).item() == answer.matches().get(0).item() ? answer : replies.foundAnswer(there, today);
    }

    private static boolean sameAction(Set<String> one, Set<String> other) {
        Set<String> both = new HashSet<>(one);
        both.retainAll(other);
        Set<String> either = new HashSet<>(one);
        either.addAll(other);
        return !either.isEmpty() && (double) both.size() / either.size() >= SAME_ACTION;
    }
}
