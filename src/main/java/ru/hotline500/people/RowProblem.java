package ru.hotline500.people;

/** What is wrong with one row of a directory table; {@code row} is the row's number as the spreadsheet shows it. */
public record RowProblem(int row, String message) {

    @Override
    public String toString() {
        return "строка " + row + ": " + message;
    }
}
