package ru.hotline500.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
class WindowValue {

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    protected WindowValue() {
    }

    WindowValue(DateWindow window) {
        this.start = window.start();
        this.end = window.end();
    }

    DateWindow toWindow() {
        return new DateWindow(start, end);
    }
}
