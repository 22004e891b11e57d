package ru.hotline500.answers;

/**
 * What a question says about time: nothing, a period of days ("в мае", "летом", "на этой неделе", "до конца
 * года"), what is urgent (deadlines of the next {@value ru.hotline500.roadmap.Windows#URGENT_DAYS} days), the nearest
 * deadline, or what has passed (every window ended before today).
 *
 * @param range   the days asked about, for {@link Kind#WINDOW} and {@link Kind#URGENT}; {@code null} otherwise
 * @param wording how the period reads in a reply: "в мае 2022", "на этой неделе"
 */
record TimeIntent(Kind kind, DateRange range, String wording) {

    enum Kind { NONE, WINDOW, URGENT, NEAREST, OVERDUE }

    static final TimeIntent NONE = new TimeIntent(Kind.NONE, null, "");

    static TimeIntent window(DateRange range, String wording) {
        return new TimeIntent(Kind.WINDOW, range, wording);
    }

    boolean listsItems() {
        return kind != Kind.NONE;
    }
}
