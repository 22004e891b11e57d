package ru.hotline500.people;

/** One understood row: a person in a territory with a role, and for school roles the school (and a curator's year). */
record DirectoryRow(int row, String fullName, Role role, String territoryId, String school, String schoolShortName, Integer year) {
}
