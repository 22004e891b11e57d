package ru.hotline500.tables;

/** A file that is not a readable table; the message is Russian and can be shown to the person who sent it. */
public class UnreadableTableException extends RuntimeException {

    public UnreadableTableException(String message) {
        super(message);
    }

    public UnreadableTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
