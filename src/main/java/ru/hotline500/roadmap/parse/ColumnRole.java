package ru.hotline500.roadmap.parse;

import java.util.List;
import java.util.Locale;

/** What a roadmap column holds, recognised by the words of its header, never by its position. */
enum ColumnRole {
    NUMBER(List.of("№", "п/п", "номер")),
    DEADLINE(List.of("срок", "дата", "период", "когда")),
    RESPONSIBLE(List.of("ответствен", "исполнител")),
    INDICATOR(List.of("показател", "результат", "индикатор")),
    ACTION(List.of("мероприят", "описание", "содержание", "наименование", "задач", "действи", "меры")),
    /** Any other column: kept under its header name. */
    EXTRA(List.of());

    private final List<String> words;

    ColumnRole(List<String> words) {
        this.words = words;
    }

    /** The role a header cell names; {@link #EXTRA} when it names none. Checked in declaration order. */
    static ColumnRole of(String headerCell) {
        String header = headerCell.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (ColumnRole role : values()) {
            if (role.words.stream().anyMatch(header::contains)) {
                return role;
            }
        }
        return EXTRA;
    }
}
