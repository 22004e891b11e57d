package ru.hotline500.reminders;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which roles a roadmap item's "responsible" text names. The text is free ("Муниципальный координатор, школы ОО",
 * "Кураторы, ОО", "Все участники Проекта"), so each role is recognised by the words for it: a curator by «куратор»
 * (not «муниципальный куратор», a coordinator's title); a school by ОО, школа (not in «кураторы школ»), ШНОР, ШССУ,
 * (обще)образовательная организация, школьный координатор; a coordinator by «муниципальный координатор», МК, ОМСУ,
 * «муниципальные образования», «управление образования». «Участники» (all participants) names every role. Federal and
 * regional bodies (ФИОКО, МОСО, ИРО, министерство) name none.
 */
final class Responsibles {

    private static final String START = "(?<![\\p{L}\\d])";
    private static final String END = "(?![\\p{L}\\d])";
    private static final Pattern CURATOR = Pattern.compile("(?<!муниципальн\\p{L}{0,4} )куратор");
    private static final Pattern SCHOOL = Pattern.compile(START + "оо" + END + "|(?<!куратор\\p{L}{0,3} )" + START + "школ"
            + "|шнор|шссу|образовательн\\p{L}* организаци");
    private static final Pattern COORDINATOR = Pattern.compile("муниципальн\\p{L}* (координатор|куратор)|" + START + "(мк|омсу)" + END
            + "|муниципальн\\p{L}* образовани|управлени\\p{L}* образовани");
    private static final Pattern EVERYONE = Pattern.compile(START + "участник");

    private Responsibles() {
    }

    static Set<ReminderRole> rolesOf(String responsible) {
        String text = responsible == null ? "" : responsible.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s«»\"]+", " ");
        if (EVERYONE.matcher(text).find()) {
            return EnumSet.allOf(ReminderRole.class);
        }
        Set<ReminderRole> roles = EnumSet.noneOf(ReminderRole.class);
        if (CURATOR.matcher(text).find()) {
            roles.add(ReminderRole.CURATOR);
        }
        if (SCHOOL.matcher(text).find()) {
            roles.add(ReminderRole.SCHOOL);
        }
        if (COORDINATOR.matcher(text).find()) {
            roles.add(ReminderRole.COORDINATOR);
        }
        return roles;
    }

    static boolean names(String responsible, ReminderRole role) {
        return rolesOf(responsible).contains(role);
    }
}
