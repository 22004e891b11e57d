package ru.hotline500.roadmap;

/**
 * A document that cannot be imported as a roadmap: empty, binary, too large, without a roadmap table,
 * or without a year. The message is Russian, says what is wrong and, where possible, what to do;
 * nothing has been written when it is thrown.
 */
public class RoadmapRejectedException extends RuntimeException {

    public RoadmapRejectedException(String message) {
        super(message);
    }

    public RoadmapRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
