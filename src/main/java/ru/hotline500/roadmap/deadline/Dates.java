package ru.hotline500.roadmap.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import ru.hotline500.roadmap.DateWindow;

/** Calendar helpers that report an impossible date as empty instead of throwing. */
final class Dates {

    /** Years of the two ends of a range. */
    record YearSpan(int start, int end) {
    }

    private Dates() {
    }

    static Optional<LocalDate> date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    static DateWindow month(int year, int month) {
        return months(year, month, year, month);
    }

    static DateWindow months(int startYear, int startMonth, int endYear, int endMonth) {
        return new DateWindow(YearMonth.of(startYear, startMonth).atDay(1),
                YearMonth.of(endYear, endMonth).atEndOfMonth());
    }

    /** The written year, else the roadmap's; empty when neither is known. */
    static Optional<Integer> year(Integer written, Integer roadmapYear) {
        return Optional.ofNullable(written != null ? written : roadmapYear);
    }

    /** An optional regex group as a number. */
    static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /**
     * Years of a two-part range. A missing year is taken from the other end, or from the roadmap when
     * neither end has one; {@code wraps} (start later in the year than the end, "ноябрь-февраль 2022")
     * means the range crosses New Year, so the borrowed year is one off.
     */
    static Optional<YearSpan> rangeYears(Integer startYear, Integer endYear, boolean wraps, Integer roadmapYear) {
        int shift = wraps ? 1 : 0;
        if (startYear != null && endYear != null) {
            return Optional.of(new YearSpan(startYear, endYear));
        }
        if (endYear != null) {
            return Optional.of(new YearSpan(endYear - shift, endYear));
        }
        if (startYear != null) {
            return Optional.of(new YearSpan(startYear, startYear + shift));
        }
        return Optional.ofNullable(roadmapYear).map(y -> new YearSpan(y - shift, y));
    }
}
