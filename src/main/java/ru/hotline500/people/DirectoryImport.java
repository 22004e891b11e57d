package ru.hotline500.people;

import java.util.List;

/**
 * What importing a directory table did. With problems nothing was written; {@code rows} counts the rows read, the
 * other figures what was new (the same file imported twice adds nothing).
 */
public record DirectoryImport(int rows, int peopleAdded, int schoolsAdded, int rolesChanged, int assignmentsAdded,
                              List<RowProblem> problems) {

    public DirectoryImport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public boolean changedNothing() {
        return peopleAdded + schoolsAdded + rolesChanged + assignmentsAdded == 0;
    }
}
