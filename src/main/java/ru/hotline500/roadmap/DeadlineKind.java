package ru.hotline500.roadmap;

/** What shape a deadline cell has; the JSON name is the lower-case constant. */
public enum DeadlineKind {
    /** "25 мая 2021 г.", "22.01.2021". */
    EXACT_DATE,
    /** "27-28.01.2021", "10.03.2021- 02.04.2021". */
    DATE_RANGE,
    /** "До 15 апреля 2021 г.": an end and no start. */
    UNTIL_DATE,
    /** "декабрь 2021", "январь-февраль 2022", "Декабрь 2021 - январь 2022". */
    MONTHS,
    /** Quarters, half-years, decades of a month, a bare year: "I квартал 2023", "1 полугодие", "1-я декада марта". */
    PERIOD,
    /** Several separate windows: "Март, сентябрь 2021". */
    SEVERAL,
    /** "на постоянной основе с сентября 2020", "постоянно". */
    CONTINUOUS,
    /** "В течение года", "в течение учебного года". */
    WHOLE_YEAR,
    /** "Ежемесячно по графику", "ежеквартально", "до 1 числа каждого месяца". */
    RECURRING,
    /** "по отдельному графику": dates are set elsewhere and are not in the roadmap. */
    BY_SCHEDULE,
    /** Not understood: the text is kept and reported, never guessed. */
    UNKNOWN;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
