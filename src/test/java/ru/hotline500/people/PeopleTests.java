package ru.hotline500.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.hotline500.tables.UnreadableTableException;

/** The directory is imported whole or not at all, and importing the same file again changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=./target/test-data/people-${random.uuid}", "hotline.roadmaps.sample-dir=config/roadmaps"})
class PeopleTests {

    @Autowired
    People people;
    @Autowired
    PersonRepository persons;
    @Autowired
    SchoolRepository schools;
    @Autowired
    CuratorAssignmentRepository assignments;

    @Test
    void theSampleDirectoryImportsOnceAndAgainChangesNothing() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("config/people/directory.csv"));

        DirectoryImport first = people.importTable(sample);
        DirectoryImport second = people.importTable(sample);

        assertThat(first.accepted()).isTrue();
        assertThat(first.rows()).isEqualTo(14);
        assertThat(first.peopleAdded()).isEqualTo(14);
        assertThat(first.schoolsAdded()).isEqualTo(6);
        assertThat(first.assignmentsAdded()).isEqualTo(6);
        assertThat(second.changedNothing()).isTrue();
        Person curator = persons.findByTerritoryIdAndNameKey("dubovsky", NameKey.of("Кожина Х.А.")).orElseThrow();
        assertThat(curator.roles()).extracting(PersonRole::role).containsExactly(Role.CURATOR);
        School veselovskaya = schools.findByTerritoryIdAndNameKey("dubovsky", NameKey.of("МБОУ Веселовская СШ №2")).orElseThrow();
        assertThat(assignments.existsById(new CuratorAssignment.Key(curator.id(), veselovskaya.id(), 2021))).isTrue();
        Person coordinator = persons.findByTerritoryIdAndNameKey("dubovsky", NameKey.of("соболева е.в.")).orElseThrow();
        assertThat(coordinator.roles()).singleElement().satisfies(role -> {
            assertThat(role.role()).isEqualTo(Role.SCHOOL_COORDINATOR);
            assertThat(role.schoolId()).isEqualTo(veselovskaya.id());
        });
    }

    @Test
    void aTableWithWrongRowsIsReportedByRowAndWritesNothing() {
        long before = persons.count();
        String table = """
                ФИО;Роль;Территория;Школа;Год
                Новикова Анна;куратор;Дубовский район;МБОУ Новая СШ;2021
                Петров Пётр;завуч;Дубовский район;;
                Сидорова Анна;куратор;Нигдеевский район;МБОУ Новая СШ;
                """;

        DirectoryImport result = people.importTable(table.getBytes(StandardCharsets.UTF_8));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(RowProblem::row).containsExactly(3, 4);
        assertThat(result.problems().get(0).message()).contains("роль «завуч» не известна");
        assertThat(result.problems().get(1).message()).contains("территория «Нигдеевский район» не найдена")
                .contains("нужен год");
        assertThat(persons.count()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotATableIsRefusedInWords() {
        assertThatThrownBy(() -> people.importTable(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .isInstanceOf(UnreadableTableException.class).hasMessageContaining("похоже, он повреждён");
        assertThatThrownBy(() -> people.importTable("просто текст без таблицы".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableTableException.class).hasMessageContaining("не найдена строка заголовков");
    }

    @Test
    void aDirectoryOfTenThousandRowsIsWrittenWhole() {
        int year = Year.now().getValue();
        long personsBefore = persons.count();
        long schoolsBefore = schools.count();
        long assignmentsBefore = assignments.count();

        DirectoryImport result = people.importTable(DirectoryFiles.xlsx(10_000, 10_000, year));

        assertThat(result.accepted()).isTrue();
        assertThat(result.rows()).isEqualTo(10_000);
        assertThat(persons.count() - personsBefore).isEqualTo(10_000);
        assertThat(schools.count() - schoolsBefore).isEqualTo(2_500);
        assertThat(assignments.count() - assignmentsBefore).isEqualTo(5_000);
        assertThat(persons.findByTerritoryIdAndNameKey("neklinovsky", NameKey.of("Тестова-19998 Анна Петровна")))
                .hasValueSatisfying(person -> assertThat(person.roles()).extracting(PersonRole::role).containsExactly(Role.SCHOOL_COORDINATOR));
    }

    @Test
    void anImportStoppedBetweenItsBatchesWritesNothing() {
        long personsBefore = persons.count();
        long schoolsBefore = schools.count();
        AtomicInteger looks = new AtomicInteger();

        // the third look comes after the first batch of new schools is written in the import's transaction
        assertThatThrownBy(() -> people.importTable(DirectoryFiles.csv(20_000, 10_000, Year.now().getValue()), () -> looks.incrementAndGet() >= 3))
                .isInstanceOf(ImportInterruptedException.class);

        assertThat(looks).hasValue(3);
        assertThat(persons.count()).isEqualTo(personsBefore);
        assertThat(schools.count()).isEqualTo(schoolsBefore);
    }

    @Test
    void aTableOfMoreRowsThanOneImportTakesIsRefusedUpFrontWithTheLimit() {
        String rows = "ФИО;Роль;Территория\n" + "Иванова;куратор;Дубовский район\n".repeat(People.LARGEST_TABLE + 1);

        assertThatThrownBy(() -> people.importTable(rows.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableTableException.class)
                .hasMessageContaining("больше 200\u00A0000 строк").hasMessageContaining("Разделите её на части");
    }
}
