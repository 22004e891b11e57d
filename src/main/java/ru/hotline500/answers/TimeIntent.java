package ru.hotline500.answers;

/**
 * What a question says about time: nothing, a window of days ("в мае", "на этой неделе", "до конца месяца"),
 * the nearest deadline, or the deadlines already passed.
 *
 * @param range   the window, for {@link Kind#WINDOW}; {@code null} otherwise
 * @param wording how the window reads in a reply: "в мае 2022", "на этой неделе"
 */
record TimeIntent(Kind kind, DateRange range, String wording) {

    enum Kind { NONE, WINDOW, NEAREST, OVERDUE }

    static final TimeIntent NONE = new TimeIntent(Kind.NONE, null, "");

    static TimeIntent window(DateRange range, String wording) {
        return new TimeIntent(Kind.WINDOW, range, wording);
    }
}
