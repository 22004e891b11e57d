package ru.hotline500.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.hotline500.visits.VisitsTestContext;

/** Who may see what, and whose schools are whose, in the sample directory. */
class DirectoryTests extends VisitsTestContext {

    @Test
    void letsAMunicipalCoordinatorSeeTheirMunicipalityOnly() {
        Scope scope = directory.scopeOf(member("Лукьянова И.О."));

        assertThat(scope.everything()).isFalse();
        assertThat(scope.territoryIds()).containsExactly("dubovsky");
        assertThat(scope.covers("neklinovsky")).isFalse();
        assertThat(scope.covers("rostov")).isFalse();
    }

    @Test
    void letsARegionalCoordinatorSeeTheRegionAndItsMunicipalities() {
        assertThat(directory.scopeOf(member("Тестовая Ольга Примерная")).territoryIds()).containsExactly("sakhalin");
        assertThat(directory.scopeOfTerritory("rostov").territoryIds()).containsExactlyInAnyOrder("rostov", "dubovsky", "neklinovsky");
        assertThat(directory.scopeOfTerritory("dubovsky").territoryIds()).containsExactly("dubovsky");
    }

    @Test
    void letsTheAdministratorSeeEverything() {
        Scope scope = directory.scopeOf(member("Администратор Горячей Линии"));

        assertThat(scope.everything()).isTrue();
        assertThat(scope.covers("kizlyar")).isTrue();
        assertThat(directory.peopleIn(scope)).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void letsACuratorOrASchoolCoordinatorSeeNoTerritory() {
        assertThat(directory.scopeOf(member("Кожина Х.А.")).isEmpty()).isTrue();
        assertThat(directory.scopeOf(member("Соболева Е.В.")).isEmpty()).isTrue();
        assertThat(directory.peopleIn(directory.scopeOf(member("Кожина Х.А.")))).isEmpty();
    }

    @Test
    void listsTheSchoolsOfATerritoryWithTheirCuratorsOfTheYear() {
        Map<SchoolRef, List<Member>> schools = directory.schoolsWithCurators(directory.scopeOfTerritory("dubovsky"), 2021);

        assertThat(schools.keySet()).extracting(SchoolRef::fullName)
                .containsExactly("МБОУ Веселовская СШ № 2", "МБОУ Жуковская СШ № 5");
        assertThat(schools.keySet()).extracting(SchoolRef::territoryId).containsOnly("dubovsky");
        assertThat(schools.values()).map(curators -> curators.stream().map(Member::fullName).toList())
                .containsExactly(List.of("Кожина Х.А."), List.of("Образцова Анна Вымышленная"));
    }

    @Test
    void listsASchoolWithoutACuratorThatYear() {
        Map<SchoolRef, List<Member>> schools = directory.schoolsWithCurators(directory.scopeOfTerritory("dubovsky"), 2022);

        assertThat(schools).hasSize(2).allSatisfy((school, curators) -> assertThat(curators).isEmpty());
    }

    @Test
    void findsTheCuratorsSchoolsByYear() {
        Member curator = member("Образцов Иван Условный");

        assertThat(directory.curatorSchools(curator.personId(), 2022)).extracting(SchoolRef::label).containsExactly("Примерная СОШ № 1");
        assertThat(directory.curatorSchools(curator.personId(), 2021)).isEmpty();
    }

    @Test
    void listsThePeopleOfAMunicipalityByName() {
        assertThat(directory.peopleIn(directory.scopeOfTerritory("dubovsky"))).extracting(Member::fullName)
                .containsExactly("Кожина Х.А.", "Лукьянова И.О.", "Образцова Анна Вымышленная", "Соболева Е.В.");
    }

    @Test
    void findsPeopleByPartOfTheNameWhateverTheCaseAndYo() {
        assertThat(directory.findByName("ПРИМЕРОВ ПЕТР")).extracting(Member::fullName).containsExactly("Примеров Пётр Тестович");
        assertThat(directory.findByName("образцов")).hasSize(3);
        assertThat(directory.findByName("Нет Такого")).isEmpty();
    }

    @Test
    void knowsASchoolCoordinatorsSchool() {
        Member coordinator = member("Соболева Е.В.");

        assertThat(coordinator.roles()).containsExactly(Role.SCHOOL_COORDINATOR);
        assertThat(directory.school(coordinator.schoolId())).hasValueSatisfying(
                school -> assertThat(school.label()).isEqualTo("Веселовская СШ № 2"));
    }

    @Test
    void findsNobodyBehindAnUnboundAccount() {
        assertThat(directory.byTelegram(999_999_999L)).isEmpty();
    }
}
