package ru.hotline500.roadmap.parse;

import java.util.List;

/**
 * What the interpreter found: the layout of the roadmap table (null when there is none), the paragraphs
 * before it (title, order text) and after it (footnotes), sections, items and warnings.
 */
record DraftTable(ColumnLayout layout, List<String> preamble, List<String> paragraphs,
                  List<DraftSection> sections, List<DraftItem> items, List<String> warnings) {
}
