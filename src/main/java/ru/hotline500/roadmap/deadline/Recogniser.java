package ru.hotline500.roadmap.deadline;

import java.util.Optional;

/** One written form of a deadline. */
@FunctionalInterface
interface Recogniser {

    /**
     * Reads the whole normalised text or nothing.
     *
     * @param text normalised text (see {@link TextNormaliser})
     * @param year the roadmap's year for forms that do not write one; may be {@code null}
     * @return empty unless the entire text is this form and its dates are valid
     */
    Optional<Reading> read(String text, Integer year);
}
