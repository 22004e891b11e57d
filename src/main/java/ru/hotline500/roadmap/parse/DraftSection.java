package ru.hotline500.roadmap.parse;

record DraftSection(String number, String title) {
}
