package ru.hotline500.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.Seeds;

/**
 * Whose items are whose: every "responsible" text of the five sample roadmaps with the roles it names, as
 * {@code src/test/resources/expected/responsible-roles.tsv} lists them (a reader sees there which items a curator, a
 * school and a coordinator are reminded of). A new wording in the seeds or a changed rule fails here until the table
 * is checked by hand again.
 */
class ResponsiblesTests {

    private static final String NOT_SAID = "(не указано)";
    private static final Path TABLE = Path.of("src/test/resources/expected/responsible-roles.tsv");

    @Test
    void everyResponsibleTextOfTheSampleRoadmapsNamesTheRolesTheTableSays() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (Seeds seed : Seeds.values()) {
            for (RoadmapItem item : seed.parse().items()) {
                String text = item.responsible().isBlank() ? NOT_SAID : item.responsible().replaceAll("\\s+", " ").strip();
                actual.put(text, Responsibles.rolesOf(item.responsible()).stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            }
        }
        if (Boolean.getBoolean("responsibles.write")) {
            Files.writeString(TABLE, actual.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue())
                    .collect(Collectors.joining("\n", "responsible\troles\n", "\n")), StandardCharsets.UTF_8);
        }
        Map<String, String> expected = new TreeMap<>();
        Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                .forEach(cells -> expected.put(cells[0], cells.length > 1 ? cells[1] : ""));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void eachRoleIsRecognisedByItsOwnWordsAndNotByAnothersTitle() {
        assertThat(Responsibles.rolesOf("Кураторы проекта")).containsExactly(ReminderRole.CURATOR);
        assertThat(Responsibles.rolesOf("муниципальный куратор")).containsExactly(ReminderRole.COORDINATOR);
        assertThat(Responsibles.rolesOf("ОО, координаторы от ШНОР")).containsExactly(ReminderRole.SCHOOL);
        assertThat(Responsibles.rolesOf("кураторы школ")).containsExactly(ReminderRole.CURATOR);
        assertThat(Responsibles.rolesOf("Муниципальный координатор, ОО")).containsExactlyInAnyOrder(ReminderRole.COORDINATOR,
                ReminderRole.SCHOOL);
        assertThat(Responsibles.rolesOf("Все участники Проекта")).containsExactlyInAnyOrder(ReminderRole.values());
        assertThat(Responsibles.rolesOf("ФИОКО, министерство образования")).isEmpty();
        assertThat(Responsibles.rolesOf("")).isEmpty();
        assertThat(Arrays.stream(ReminderRole.values())).hasSize(3);
    }
}
