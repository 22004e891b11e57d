package ru.hotline500.roadmap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A deadline as written in a roadmap: the original text, its kind and the date windows it means.
 * The text is always kept, even when the kind is {@link DeadlineKind#UNKNOWN} and there are no windows.
 */
public record Deadline(String text, DeadlineKind kind, List<DateWindow> windows) {

    public Deadline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        windows = List.copyOf(windows);
    }

    public static Deadline unknown(String text) {
        return new Deadline(text, DeadlineKind.UNKNOWN, List.of());
    }

    public boolean understood() {
        return kind != DeadlineKind.UNKNOWN;
    }

    /** Earliest start of all windows; {@code null} when there is none or one window has no start. */
    public LocalDate start() {
        if (windows.isEmpty() || windows.stream().anyMatch(w -> w.start() == null)) {
            return null;
        }
        return windows.stream().map(DateWindow::start).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** Latest end of all windows; {@code null} when there is none or one window is open-ended. */
    public LocalDate end() {
        if (windows.isEmpty() || windows.stream().anyMatch(w -> w.end() == null)) {
            return null;
        }
        return windows.stream().map(DateWindow::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The days its windows end, earliest first (open-ended windows have none). */
    public List<LocalDate> ends() {
        return windows.stream().map(DateWindow::end).filter(Objects::nonNull).sorted().toList();
    }
}
