package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message that only makes sense with the previous question of the same person in the same chat — «а осенью?»,
 * «а для кураторов?», «а в Кизлярском?», «а сколько осталось?» — read as that question with what the message changes.
 * A complete new question is never mixed with the previous one.
 */
public final class FollowUps {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;
    /** The same item again: how long is left, the exact day, who is responsible. */
    private static final Pattern SAME_ITEM = Pattern.compile(
            "сколько\\s+(дней\\s+|времени\\s+)?(у\\s+(нас|меня)\\s+)?(еще\\s+)?(осталось|остается)|точно|до\\s+какого(\\s+числа)?|какого\\s+числа|кто\\s+(отвечает|ответственн\\S*)"
                    + "|ответственн\\S*|а\\s+когда|когда\\s+именно|это\\s+когда|а\\s+срок\\S*|успеваем|успеем|а\\s+кто|кто\\s+делает|точная\\s+дата"
                    + "|а\\s+число|какая\\s+дата|это\\s+до\\s+скольки|в\\s+каком\\s+месяце|мы\\s+или|это\\s+кто|кто\\s+это"
                    + "|сколько\\s+(дней|времени)\\s+(еще\\s+)?до\\s+(не[её]|него|них|срока|дедлайна)|(не\\s+)?опазд\\S*|(не\\s+)?опоздал\\S*|не\\s+поздно", FLAGS);
    private static final Pattern CUE = Pattern.compile("^\\s*(а|и|ну\\s+а|а\\s+вот|а\\s+если|а\\s+что|а\\s+как|также|тоже|и\\s+ещ[её])\\b", FLAGS);
    /** A question that asks on its own: "что горит?", "когда будет ОГЭ?" is not a follow-up unless it starts with "а". */
    private static final Pattern ASKS = Pattern.compile("\\b(когда|что|чего|кто|где|какой|какая|какие|каком|какого|сколько|зачем|почему)\\b", FLAGS);
    private static final int SHORT_WORDS = 4;
    /** "за него", "по ней", "для них": the message points back at the previous question. */
    private static final Pattern REFERS_BACK = Pattern.compile("\\b(него|нее|неё|нему|ней|них|ним|нем|нём|тот\\s+же|та\\s+же|то\\s+же|там\\s+же|этому\\s+же|тому\\s+же|этот\\s+же|этому\\s+пункту)\\b", FLAGS);
    /** Who an item is for: a follow-up naming one replaces the one asked about before. */
    private static final java.util.Set<String> AUDIENCE = java.util.Set.of("xschool", "куратор", "директор", "координатор",
            "xmk", "педагог", "учител", "xpupil", "xshnor", "xmanagers", "родител", "специалист", "руководител", "методист", "муниципалитет", "xregion");
    /** «для библиотекарей»: the word after «для» says for whom. */
    private static final Pattern FOR_WHOM = Pattern.compile("\\bдля\\s+(\\p{L}+)", FLAGS);
    /** "это точно до 1 сентября?": the date of the previous answer checked, not a period asked about. */
    private static final Pattern CONFIRM = Pattern.compile("\\b(точно|верно|правда|действительно|правильно|не\\s+позже)\\b", FLAGS);
    /** "а на следующей?" after a question about this week: the unit of the period is the previous one's. */
    private static final Pattern BARE_PERIOD = Pattern.compile(
            "^(?:а|и|ну\\s+а)?\\s*(?:на|в|во)\\s+(?:следующ|прошл|будущ|эт|текущ)\\S*(?:\\s+тоже)?\\s*\\??$", FLAGS);
    private static final Pattern PERIOD_UNIT = Pattern.compile("\\b(недел|месяц|квартал|полугоди)\\S*", FLAGS);
    /** "а во втором?" after "что в первом квартале?": the second quarter. */
    private static final Pattern BARE_ORDINAL = Pattern.compile(
            "^(?:а|и|ну\\s+а)?\\s*(?:в|во)\\s+(?:первом|втором|третьем|четв[её]ртом|[1-4]-?м)\\s*\\??$", FLAGS);
    /**
     * A place within the territory: "в Сенгилеевском районе", "на базе Тереньгульского лицея", "в самом городе
     * Ульяновске", "в городе". A follow-up naming one replaces the place asked about before.
     */
    private static final Pattern PLACE = Pattern.compile(
            "(?:(?:на\\s+базе|в|во|на|для)\\s+)?(?:сам\\S*\\s+)?(?:(?:город\\S*|г\\.|сел\\S*|пос[её]л\\S*|пос\\.)\\s*(?:\\p{Lu}\\p{L}+)?"
                    + "|(?:(?:мбоу|моу|мкоу|гбоу)\\s+)?«?(?:(?<=\\S\\s{1,3})\\p{Lu}\\p{L}+(?:ск|цк|ов|ев|ин)\\p{L}{0,3}|\\p{L}+(?:ск|цк)\\p{L}{1,3}(?=\\s+(?:район|округ|лице|школ|гимнази)))»?"
                    + "(?:\\s+(?:район\\S*|округ\\S*|лице\\S*|школ\\S*|гимнази\\S*|сош))?)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PLACE_WORD = Pattern.compile(
            "\\b(?:в|во|на\\s+базе)\\s+(?:сам\\S*\\s+)?(?:город\\S*|г\\.|сел\\S*|пос[её]л\\S*|\\p{L}+(?:ск|цк)\\S*\\s+(?:район\\S*|округ\\S*|лице\\S*|школ\\S*))",
            FLAGS);
    /** «а само посещение?» after a question about the schedule of visits: the thing itself, not the work around it. */
    private static final Pattern ITSELF = Pattern.compile("\\bсам(о|а|и|ого|ой|их|ом|у)\\b(?=\\s+\\p{L})", FLAGS);
    /** «сколько дней до неё на сегодня?»: counted as of today, not a period asked about. */
    private static final Pattern AS_OF = Pattern.compile("\\bна\\s+(сегодня(шний\\s+день)?|данный\\s+момент|текущий\\s+момент)\\b", FLAGS);
    /** «первичный», «вторичный» name a kind of monitoring, not a stage. */
    private static final Pattern PRIMARY = Pattern.compile("\\b(перв|втор)ичн", FLAGS);
    private static final Pattern FIRST = Pattern.compile("\\b(перв\\S*|1-?(й|ый|ому|ом|го))\\b", FLAGS);
    private static final Pattern SECOND = Pattern.compile("\\b(втор\\S*|2-?(й|ой|ому|ом|го))\\b", FLAGS);

    private FollowUps() {
    }

    /**
     * The question to answer when {@code message} follows {@code previous}; empty when the message stands on its own.
     *
     * @param placeTerms terms of territory names (a follow-up that names only a place keeps the previous topic)
     */
    public static Optional<String> merged(String previous, String message, List<String> placeTerms) {
        String text = withPeriodUnit(previous, MessageFocus.of(message).question().toLowerCase(Locale.ROOT).replace('ё', 'е').strip());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String firstSentence = text.split("(?<=[?!.])\\s+", 2)[0];
        if (CONFIRM.matcher(firstSentence).find() && Terms.ofQuestion(TimeIntents.withoutTime(firstSentence)).stream()
                .allMatch(t -> Terms.isChatWord(t) || t.matches("\\d+"))) {
            return Optional.of(previous);
        }
        List<String> said = newTerms(text, placeTerms);
        boolean itself = ITSELF.matcher(text).find();
        boolean again = SAME_ITEM.matcher(text).find() && !itself;
        boolean timed = TimeIntents.of(again ? AS_OF.matcher(text).replaceAll(" ") : text, LocalDate.of(2000, 1, 1)).kind()
                != TimeIntent.Kind.NONE;
        Optional<String> stage = Synonyms.stage(text).or(() -> !timed && (Synonyms.stage(previous).isPresent()
                || text.split("\\s+").length <= SHORT_WORDS) ? ordinal(text) : Optional.empty());
        boolean staged = stage.isPresent();
        List<String> newTerms = staged && Synonyms.stage(text).isEmpty()
                ? newTerms(withoutOrdinals(text), placeTerms) : said;
        boolean cue = CUE.matcher(text).find();
        boolean asks = ASKS.matcher(text).find();
        boolean sameItem = !timed && !staged && newTerms.stream().noneMatch(Terms::isForeignMatter) && (again && newTerms.size() <= 1
                || newTerms.isEmpty() && asks && !itself && !placeOnly(text, placeTerms));
        if (sameItem) {
            return Optional.of(previous);
        }
        boolean follows = switch (newTerms.size()) {
            case 0 -> (timed || staged || placeOnly(text, placeTerms)) && (cue || !asks) || cue && !timed;
            case 1 -> cue || !asks || text.split("\\s+").length <= SHORT_WORDS;
            case 2 -> cue && (!asks || REFERS_BACK.matcher(text).find() || newTerms.stream().anyMatch(AUDIENCE::contains));
            default -> false;
        };
        if (!follows || !newTerms.isEmpty() && Terms.ofQuestion(previous).containsAll(newTerms) && !timed && !staged) {
            return Optional.empty();
        }
        boolean placed = PLACE_WORD.matcher(message).find() || !Names.in("и " + message).isEmpty();
        if (newTerms.isEmpty() && !timed && !staged && !placed) {
            return Optional.of(previous);
        }
        String kept = timed || staged ? TimeIntents.withoutTime(previous) : previous;
        if (newTerms.stream().anyMatch(AUDIENCE::contains)) {
            kept = withoutAudience(kept);
        }
        if (placed) {
            kept = withoutPlaces(kept);
        }
        String asked = staged && Synonyms.stage(text).isEmpty() ? withoutOrdinals(text) : text;
        String merged = (staged ? Synonyms.withoutStage(kept) + " " + stage.get() : kept) + " " + asked;
        return Optional.of(merged.replace("?", " ").replaceAll("\\s+", " ").strip() + "?");
    }

    /**
     * A follow-up that names a new thing — «а экспертиза документов?», «а для школ? нам что размещать» — read as a
     * question about that thing in the stage of the previous one; empty when the message is not such a follow-up.
     * Tried before {@link #merged}, which mixes both topics.
     */
    public static Optional<String> newTopic(String previous, String message, List<String> placeTerms) {
        Optional<String> merged = merged(previous, message, placeTerms);
        String said = MessageFocus.of(message).question().toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        Optional<String> ordinal = Synonyms.stage(said).isPresent() || PRIMARY.matcher(said).find() ? Optional.empty() : ordinal(said);
        String text = ordinal.isPresent() ? withoutOrdinals(said) : said;
        List<String> newTerms = newTerms(text, placeTerms);
        boolean itself = ITSELF.matcher(text).find();
        if (merged.isEmpty() || merged.get().equals(previous) || newTerms.stream().allMatch(AUDIENCE::contains)
                || !CUE.matcher(text).find() || Terms.ofQuestion(previous).containsAll(newTerms) && !itself) {
            return Optional.empty();
        }
        String stage = Synonyms.stage(text).isPresent() ? "" : ordinal.or(() -> Synonyms.stage(previous)).map(s -> " " + s).orElse("");
        String asked = ITSELF.matcher(CUE.matcher(text).replaceFirst("")).replaceAll("");
        return Optional.of(asked.replace("?", " ").replaceAll("\\s+", " ").strip() + stage + "?");
    }

    /**
     * Whom a follow-up asks about instead: «а для кураторов?», «а муниципальных координаторов?», «а для библиотекарей?»
     * — the item that answers it must name them.
     */
    public static List<String> audience(String message, List<String> placeTerms) {
        String text = MessageFocus.of(message).question().toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        List<String> forWhom = FOR_WHOM.matcher(text).results().map(m -> m.group(1)).filter(word -> ordinal(word).isEmpty())
                .flatMap(word -> Terms.ofQuestion(word).stream()).toList();
        return newTerms(text, placeTerms).stream().filter(t -> AUDIENCE.contains(t) || forWhom.contains(t)).toList();
    }

    private static List<String> newTerms(String text, List<String> placeTerms) {
        return Terms.ofQuestion(text).stream().filter(t -> !placeTerms.contains(t) && !Terms.isChatWord(t)
                && !t.matches("\\d+|xstage[12]")).toList();
    }

    /** The text without the places it names: "в Сенгилеевском районе", "на базе Тереньгульского лицея". */
    static String withoutPlaces(String text) {
        return PLACE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** "а на следующей?" after "что на этой неделе?": "а на следующей неделе?". */
    private static String withPeriodUnit(String previous, String text) {
        if (!BARE_PERIOD.matcher(text).find() && !(BARE_ORDINAL.matcher(text).find() && !previous.toLowerCase(Locale.ROOT).contains("этап"))) {
            return text;
        }
        var unit = PERIOD_UNIT.matcher(previous.toLowerCase(Locale.ROOT));
        return unit.find() ? text.replace("?", "").strip() + " " + unit.group() + "?" : text;
    }

    /** "а для кураторов?" after a question about schools: the curators instead of the schools. */
    private static String withoutAudience(String text) {
        return String.join(" ", java.util.Arrays.stream(Synonyms.fold(text).split("\\s+"))
                .filter(word -> Terms.of(word).stream().noneMatch(AUDIENCE::contains)).toList());
    }

    /** The text without its ordinals («по второму», «первый»), once they are read as a stage. */
    private static String withoutOrdinals(String text) {
        return FIRST.matcher(SECOND.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /** "а по второму?" after a question about the first stage: the second one. */
    static Optional<String> ordinal(String text) {
        if (FIRST.matcher(text).find()) {
            return Optional.of("xstage1");
        }
        return SECOND.matcher(text).find() ? Optional.of("xstage2") : Optional.empty();
    }

    private static boolean placeOnly(String text, List<String> placeTerms) {
        return Terms.ofQuestion(text).stream().anyMatch(placeTerms::contains);
    }
}
