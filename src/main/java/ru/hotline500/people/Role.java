package ru.hotline500.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a person does in the programme; {@code words} are how a table may name it. */
public enum Role {
    SCHOOL_COORDINATOR("школьный координатор", "координатор от шнор", "координатор от школы", "координатор шнор",
            "координатор от оо", "школа"),
    CURATOR("куратор", "куратор проекта"),
    MUNICIPAL_COORDINATOR("муниципальный координатор", "мк", "муниципальный куратор"),
    REGIONAL_COORDINATOR("региональный координатор", "рк"),
    ADMINISTRATOR("администратор", "админ");

    private final List<String> words;

    Role(String... words) {
        this.words = List.of(words);
    }

    /** The name people use, as in the directory's table. */
    public String label() {
        return words.get(0);
    }

    public boolean needsSchool() {
        return this == SCHOOL_COORDINATOR || this == CURATOR;
    }

    static Optional<Role> of(String text) {
        String word = NameKey.of(text);
        return Arrays.stream(values()).filter(role -> role.words.contains(word)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(Role::label).toList()).toLowerCase(Locale.ROOT);
    }
}
