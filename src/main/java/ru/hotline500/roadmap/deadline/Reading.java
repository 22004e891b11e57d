package ru.hotline500.roadmap.deadline;

import java.util.List;

import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.DeadlineKind;

/** What a recogniser understood: the kind and the windows, without the original text. */
record Reading(DeadlineKind kind, List<DateWindow> windows) {

    Reading {
        windows = List.copyOf(windows);
    }

    static Reading of(DeadlineKind kind, DateWindow... windows) {
        return new Reading(kind, List.of(windows));
    }
}
