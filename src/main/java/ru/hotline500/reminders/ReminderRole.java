package ru.hotline500.reminders;

/** Whose items a person is reminded of: a roadmap item names who is responsible for it in free words. */
public enum ReminderRole {
    /** Items for curators ("Кураторы проекта", "кураторы школ"). */
    CURATOR,
    /** Items for schools: ОО, школы, координаторы от ШНОР, руководители образовательных организаций. */
    SCHOOL,
    /** Items for municipal coordinators and the municipality they act for (ОМСУ, управление образования). */
    COORDINATOR
}
