package ru.hotline500.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.hotline500.Hotline500Application;
import ru.hotline500.telegram.transport.FakeBotApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public command line: its output, its JSON and its exit codes. The commands on the database run on one
 * application kept open for the class (the sample roadmaps and the directory of people loaded), as they would on
 * the database of a running bot; the few that need another database start their own.
 */
class CommandLineAppTests {

    private static final String SAKHALIN = "config/roadmaps/002_29babc8aa30bf884.txt";
    private static final String KIZLYAR = "config/roadmaps/003_c24d41b708471dca.txt";

    private static Services samples;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void sampleDatabase() {
        samples = new Services(Hotline500Application.class, Map.of("hotline.data-dir", newDataDir(),
                "hotline.roadmaps.sample-dir", "config/roadmaps"));
        StringWriter err = new StringWriter();
        assertThat(CommandLineApp.run(samples, new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "people", "import", "config/people/directory.csv")).as(err.toString()).isZero();
    }

    @AfterAll
    static void closeSampleDatabase() {
        samples.close();
    }

    @Test
    void parsePrintsOneJsonObjectPerItem() {
        int code = run("roadmap", "parse", SAKHALIN, "--format", "json");

        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(28);
        JsonNode range = JsonMapper.builder().build().readTree(lines.stream().filter(l -> l.contains("\"3.5\"")).findFirst().orElseThrow());
        assertThat(range.get("section").asString()).isEqualTo("3");
        assertThat(range.get("deadline").get("text").asString()).isEqualTo("10.03.2021- 02.04.2021");
        assertThat(range.get("deadline").get("kind").asString()).isEqualTo("date_range");
        assertThat(range.get("deadline").get("windows").get(0).get("start").asString()).isEqualTo("2021-03-10");
        assertThat(range.get("deadline").get("end").asString()).isEqualTo("2021-04-02");
        assertThat(range.get("responsible").asString()).isEqualTo("ИРОСО, Муниципальные координаторы, Кураторы, ОО");
    }

    @Test
    void parseWritesNullForAnOpenStart() {
        run("roadmap", "parse", "config/roadmaps/001_6affaa3946b7ff4a.txt", "--format", "json");

        String until = out.toString().lines().filter(l -> l.startsWith("{\"number\":\"5\"")).findFirst().orElseThrow();
        assertThat(until).contains("\"kind\":\"until_date\"").contains("\"windows\":[{\"start\":null,\"end\":\"2021-04-15\"}]")
                .contains("\"start\":null,\"end\":\"2021-04-15\"}");
    }

    @Test
    void parseAsTableShowsItemsAndDeadlinesInRussian() {
        int code = run("roadmap", "parse", SAKHALIN);

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Год: 2021. Пунктов: 28.")
                .contains("1. Организационно-подготовительная работа")
                .contains("Срок: «27-28.01.2021» — даты: 27.01.2021–28.01.2021")
                .contains("Все сроки распознаны.");
    }

    @Test
    void parseWithoutAYearThatTheDocumentLacksFailsWithWhatToPass() {
        int code = run("roadmap", "parse", KIZLYAR);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--year").hasLineCount(1);
        assertThat(run("roadmap", "parse", KIZLYAR, "--year", "2021")).isZero();
    }

    @Test
    void aMissingFileIsAOneLineFailure() {
        int code = run("roadmap", "parse", "нет-такого-файла.txt");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Файл не найден").hasLineCount(1);
    }

    @Test
    void importForATerritoryTheDatabaseDoesNotKnowIsRefused() {
        try (Services empty = new Services(Hotline500Application.class, Map.of("hotline.data-dir", newDataDir(),
                "hotline.roadmaps.load-sample", "false"))) {
            int code = CommandLineApp.run(empty, new PrintWriter(out, true), new PrintWriter(err, true),
                    "roadmap", "import", "config/roadmaps/001_6affaa3946b7ff4a.txt", "--territory", "dubovsky");

            assertThat(code).as(err.toString()).isEqualTo(1);
            assertThat(err.toString()).contains("dubovsky").hasLineCount(1);
        }
    }

    @Test
    void listImportAgainAndShowWorkOnTheDatabase() {
        assertThat(run("roadmap", "list")).isZero();
        assertThat(out.toString()).contains("dubovsky").contains("пунктов:  19");

        assertThat(run("roadmap", "import", "config/roadmaps/001_6affaa3946b7ff4a.txt")).isZero();
        assertThat(out.toString()).contains("без изменений");

        assertThat(run("roadmap", "show", "kizlyar")).isZero();
        assertThat(out.toString()).contains("Территория: Кизлярский район. Год: 2021. Пунктов: 18.");
    }

    @Test
    void showOfAnUnknownTerritorySaysSo() {
        int code = run("roadmap", "show", "atlantis");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("«atlantis» не найдена");
    }

    @Test
    void inviteByPartOfTheNamePrintsAOneTimeLink() {
        int code = run("people", "invite", "Кожина", "--bot", "hotline500_bot");

        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("https://t\\.me/hotline500_bot\\?start=inv_[A-Za-z0-9_-]{20}")
                .contains("Кожина Х.А. (куратор)").contains("по московскому времени").contains("один раз");
    }

    @Test
    void inviteOfANameSeveralPeopleShareListsThemAndInvitesNobody() {
        int code = run("people", "invite", "Образцов");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Образцова Анна Вымышленная — dubovsky").contains("Образцов Иван Условный — neklinovsky")
                .contains("--territory");
        assertThat(out.toString()).doesNotContain("t.me");
        assertThat(run("people", "invite", "Образцов", "--territory", "neklinovsky", "--bot", "hotline500_bot")).isZero();
        assertThat(out.toString()).contains("Образцов Иван Условный");
    }

    @Test
    void inviteOfSomeoneNotInTheDirectorySaysSo() {
        assertThat(run("people", "invite", "Несуществующий")).isEqualTo(1);
        assertThat(err.toString()).contains("Не найден");
    }

    @Test
    void inviteWithoutABotNameLeavesAPlaceholderAndSaysHowToSetIt() {
        assertThat(run("people", "invite", "Кожина")).isZero();
        assertThat(out.toString()).contains("https://t.me/<имя_бота>?start=inv_").contains("TELEGRAM_BOT_USERNAME").contains("--bot");
    }

    @Test
    void visitsExportWritesAWorkbookWithTheSchoolsOfTheTerritory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("visits.xlsx");

        int code = run("visits", "export", "--territory", "dubovsky", "--stage", "1", "--year", "2021", "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(file.getFileName().toString()).contains("школ 2").contains("подтверждённых визитов 0");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Row veselovskaya = StreamSupport.stream(workbook.getSheet("Визиты").spliterator(), false)
                    .filter(row -> row.getCell(0).getStringCellValue().equals("МБОУ Веселовская СШ № 2")).findFirst().orElseThrow();
            assertThat(veselovskaya.getCell(1).getStringCellValue()).isEqualTo("Кожина Х.А.");
            assertThat(veselovskaya.getCell(5).getStringCellValue()).isEqualTo("визита нет");
        }
    }

    @Test
    void visitsExportOfAnUnknownTerritoryOrStageFails() {
        assertThat(run("visits", "export", "--territory", "nowhere", "--stage", "1", "--year", "2021")).isEqualTo(1);
        assertThat(err.toString()).contains("«nowhere» не найдена");
        assertThat(run("visits", "export", "--territory", "dubovsky", "--stage", "3")).isEqualTo(1);
        assertThat(err.toString()).contains("Этап может быть только 1 или 2");
    }

    @Test
    void digestPreviewPrintsTheTerritorysDigestForTheDay() {
        int code = run("digest", "preview", "--territory", "dubovsky", "--today", "2021-04-12");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Сводка: Дубовский район, 1 этап 2021 года (на 12.04.2021)")
                .contains("• до 15.04 — п. 5").contains("❌ Веселовская СШ № 2 — Кожина Х.А.: визита нет");
        assertThat(run("digest", "preview", "--territory", "nowhere")).isEqualTo(1);
        assertThat(err.toString()).contains("«nowhere» не найдена");
    }

    @Test
    void helpAndVersionArePrintedWithoutStartingTheApplication() {
        assertThat(CommandLineApp.isHelpOrVersion("--help")).isTrue();
        assertThat(CommandLineApp.isHelpOrVersion("--version")).isTrue();
        assertThat(CommandLineApp.isHelpOrVersion("--server.port=9090")).as("a Spring option starts the application").isFalse();

        assertThat(CommandLineApp.run(NoApplication.class, new PrintWriter(out, true), new PrintWriter(err, true), "--help")).isZero();
        assertThat(CommandLineApp.run(NoApplication.class, new PrintWriter(out, true), new PrintWriter(err, true), "--version")).isZero();

        assertThat(out.toString()).contains("roadmap", "people", "ask").contains("Горячая линия 500+");
    }

    @Test
    void aCommandNeverTalksToTelegramEvenWithATokenInTheEnvironment() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            System.setProperty("hotline.telegram.token", FakeBotApi.TOKEN);
            System.setProperty("hotline.telegram.api-url", telegram.url());
            try (Services withToken = new Services(Hotline500Application.class, Map.of("hotline.data-dir", newDataDir()))) {
                assertThat(CommandLineApp.run(withToken, new PrintWriter(out, true), new PrintWriter(err, true), "roadmap", "list"))
                        .as(err.toString()).isZero();
            } finally {
                System.clearProperty("hotline.telegram.token");
                System.clearProperty("hotline.telegram.api-url");
            }

            assertThat(telegram.calls("getMe")).isEmpty();
            assertThat(telegram.calls("getUpdates")).isEmpty();
        }
    }

    /** An application that cannot start: help and version must not need one. */
    static final class NoApplication {
        private NoApplication() {
            throw new IllegalStateException("the application was started");
        }
    }

    private static String newDataDir() {
        return Path.of("target", "test-data", "cli-" + UUID.randomUUID()).toString();
    }

    /** Runs a command on the sample database. */
    private int run(String... args) {
        return CommandLineApp.run(samples, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
