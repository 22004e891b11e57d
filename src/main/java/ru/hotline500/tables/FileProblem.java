package ru.hotline500.tables;

/** Why a file was refused, for logs and tests; what the person reads is the exception's Russian message. */
public enum FileProblem {
    EMPTY, WRONG_KIND, NOT_TEXT, DAMAGED, TOO_LARGE, UNPACKS_TOO_LARGE, TOO_MANY_ROWS, NO_HEADER
}
