package ru.hotline500.visits;

/** Why an action on visits was not done; each has its polite sentence where the person sees it. */
public enum Refusal {
    NOT_A_CURATOR,
    NOT_YOUR_SCHOOL,
    DATE_IN_FUTURE,
    DATE_IN_PAST,
    DATE_BEFORE_ROADMAP_YEAR,
    NOT_YOUR_VISIT,
    ALREADY_WITHDRAWN,
    NOT_A_COORDINATOR
}
