package ru.hotline500.people;

/** An import stopped before it was written (the application is shutting down); its transaction is rolled back. */
public class ImportInterruptedException extends RuntimeException {

    public ImportInterruptedException() {
        super("directory import stopped before it was written");
    }
}
