package ru.hotline500.tables;

/**
 * A file that is not a readable table. The message is one or two Russian sentences saying what is wrong and what to
 * do, and can be shown to the person who sent the file as it is; the technical cause, if any, is only for the log.
 */
public class UnreadableTableException extends RuntimeException {

    private final FileProblem problem;

    public UnreadableTableException(FileProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public UnreadableTableException(FileProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }

    /** What went wrong underneath, for the log: the root cause's class and message, or the problem alone. */
    public String technicalCause() {
        Throwable cause = getCause();
        if (cause == null) {
            return problem.name();
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return problem + ": " + cause;
    }
}
