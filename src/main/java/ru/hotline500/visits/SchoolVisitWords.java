package ru.hotline500.visits;

import java.util.stream.Collectors;
import ru.hotline500.people.Member;

/**
 * The words about a school's curators and visits, written once for every place that shows them: the coordinator's
 * list in the bot, the groups' digest and the Excel export.
 */
public final class SchoolVisitWords {

    public static final String NO_CURATOR = "куратор не закреплён";
    public static final String NO_VISIT = "визита нет";

    private SchoolVisitWords() {
    }

    /** The school's curators by name, or that none is assigned. */
    public static String curators(SchoolVisits school) {
        return school.curators().isEmpty() ? NO_CURATOR
                : school.curators().stream().map(Member::fullName).collect(Collectors.joining(", "));
    }

    /** A visit planned for that day (as the place writes days) and not confirmed. */
    public static String unconfirmedPlan(String day) {
        return "запланирован на " + day + ", не подтверждён";
    }
}
