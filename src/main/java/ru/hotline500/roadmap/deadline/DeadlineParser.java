package ru.hotline500.roadmap.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.hotline500.roadmap.Deadline;

/**
 * Reads the deadline cell of a roadmap ("Март-декабрь 2021 г.", "До 20.08.2021", "В течение года") into a
 * {@link Deadline} following the project's deadline conventions. The text is normalised first and then
 * offered to a fixed list of forms; each form must account for the whole text, so anything only partly
 * understood is {@link ru.hotline500.roadmap.DeadlineKind#UNKNOWN} rather than a guess.
 */
public final class DeadlineParser {

    private static final Logger log = LoggerFactory.getLogger(DeadlineParser.class);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");

    /** Forms a part of "Март, сентябрь 2021" may take. */
    private static final List<Recogniser> PART_FORMS = List.of(
            DateForms::exactDate, DateForms::dateRange, MonthForms::months);

    private static final List<Recogniser> FORMS = List.of(
            PeriodForms::bareYear,
            DateForms::exactDate,
            DateForms::dateRange,
            DateForms::untilDate,
            MonthForms::months,
            PeriodForms::partOfYear,
            PhraseForms::continuous,
            PhraseForms::wholeYear,
            PhraseForms::academicYear,
            RecurringForms::recurring,
            RecurringForms::bySchedule,
            new SeveralForm(PART_FORMS));

    public DeadlineParser() {
    }

    /**
     * Parses a roadmap deadline cell. Never throws.
     *
     * @param text        the cell as written; kept unchanged in the result
     * @param roadmapYear the roadmap's year, used by forms that write no year ("Июнь", "В течение года");
     *                    may be {@code null}, and then those forms are unknown
     * @return the deadline, or {@link Deadline#unknown(String)} when the text is not understood
     *         (an empty string for {@code null} text)
     */
    public Deadline parse(String text, Integer roadmapYear) {
        if (text == null || text.isBlank()) {
            return Deadline.unknown(text == null ? "" : text);
        }
        try {
            return read(TextNormaliser.normalise(text), roadmapYear)
                    .map(reading -> new Deadline(text, reading.kind(), reading.windows()))
                    .orElseGet(() -> Deadline.unknown(text));
        } catch (RuntimeException e) {
            // A cell must never stop an import; a slip in a form is reported as "not understood".
            log.warn("Could not parse deadline '{}'", text, e);
            return Deadline.unknown(text);
        }
    }

    /**
     * Every four-digit year from 2000 to 2099 written in the text, in order of appearance and with repeats,
     * after normalisation (so "202 2" gives 2022). Used to guess a roadmap's year.
     *
     * @param text any text; {@code null} gives an empty list
     * @return the years, unmodifiable
     */
    public List<Integer> yearsIn(String text) {
        if (text == null) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        Matcher matcher = YEAR.matcher(TextNormaliser.normalise(text));
        while (matcher.find()) {
            years.add(Integer.valueOf(matcher.group()));
        }
        return List.copyOf(years);
    }

    private static Optional<Reading> read(String normalised, Integer roadmapYear) {
        for (Recogniser form : FORMS) {
            Optional<Reading> reading = form.read(normalised, roadmapYear);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }
}
