package ru.hotline500.visits;

import java.util.List;
import ru.hotline500.people.RowProblem;

/** How a coordinator's schedule of visits was taken: all its rows, or none when any row has a problem. */
public record ScheduleImport(int rows, int plansAdded, List<RowProblem> problems) {

    public ScheduleImport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
