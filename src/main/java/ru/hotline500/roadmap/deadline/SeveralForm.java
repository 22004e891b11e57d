package ru.hotline500.roadmap.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.DeadlineKind;

/** Separate parts listed together: "Март, сентябрь 2021", "март и сентябрь 2021", "25.05.2021, 20.10.2021". */
final class SeveralForm implements Recogniser {

    private static final Pattern SEPARATOR = Pattern.compile(" ?[,;] ?| и ");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");

    private final List<Recogniser> partForms;

    /** @param partForms the forms a single part may take, tried in order */
    SeveralForm(List<Recogniser> partForms) {
        this.partForms = List.copyOf(partForms);
    }

    @Override
    public Optional<Reading> read(String text, Integer year) {
        String[] parts = SEPARATOR.split(text, -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        List<DateWindow> windows = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Optional<Reading> part = readPart(parts[i], yearFor(parts, i, year));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            windows.addAll(part.get().windows());
        }
        return Optional.of(new Reading(DeadlineKind.SEVERAL, windows));
    }

    private Optional<Reading> readPart(String part, Integer year) {
        for (Recogniser form : partForms) {
            Optional<Reading> reading = form.read(part, year);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }

    /**
     * A year written once usually closes the list ("март, сентябрь 2021"), so a part without one takes the
     * next written year, else the previous one, else the roadmap's.
     */
    private static Integer yearFor(String[] parts, int index, Integer roadmapYear) {
        for (int i = index + 1; i < parts.length; i++) {
            List<Integer> years = years(parts[i]);
            if (!years.isEmpty()) {
                return years.get(0);
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            List<Integer> years = years(parts[i]);
            if (!years.isEmpty()) {
                return years.get(years.size() - 1);
            }
        }
        return roadmapYear;
    }

    private static List<Integer> years(String part) {
        List<Integer> years = new ArrayList<>();
        Matcher matcher = YEAR.matcher(part);
        while (matcher.find()) {
            years.add(Integer.valueOf(matcher.group()));
        }
        return years;
    }
}
