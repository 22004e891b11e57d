package ru.hotline500.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.hotline500.people.Directory;
import ru.hotline500.people.InvitationLink;
import ru.hotline500.people.Invitations;
import ru.hotline500.people.Member;
import ru.hotline500.people.NameKey;
import ru.hotline500.people.PeopleProperties;
import ru.hotline500.people.Role;

@Command(name = "invite", mixinStandardHelpOptions = true,
        description = "Делает ссылку-приглашение в бота для человека из справочника: открыв её, он привяжет свой Telegram. "
                + "Прежние неиспользованные приглашения этого человека перестают действовать.")
final class PeopleInviteCommand implements Callable<Integer> {

    static final String CREATED_BY = "командная строка";
    private static final String NO_BOT = "<имя_бота>";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Moscow"));

    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PERSON", arity = "1..*", description = "ФИО или его часть, например Кожина.")
    List<String> words;

    @Option(names = "--territory", paramLabel = "ID", description = "Искать только среди людей этой территории, например dubovsky.")
    String territoryId;

    @Option(names = "--bot", paramLabel = "NAME", description = "Имя бота в Telegram; по умолчанию — из TELEGRAM_BOT_USERNAME.")
    String bot;

    PeopleInviteCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        String name = String.join(" ", words).strip();
        if (NameKey.of(name).isEmpty()) {
            throw new IllegalArgumentException("Укажите ФИО или его часть, например: people invite \"Кожина\".");
        }
        List<Member> found = candidates(name);
        PrintWriter err = spec.commandLine().getErr();
        if (found.size() != 1) {
            err.println(found.isEmpty() ? notFound(name) : ambiguous(name, found));
            return 1;
        }
        InvitationLink link = services.get(Invitations.class).invite(found.get(0).personId(), CREATED_BY);
        print(spec.commandLine().getOut(), link);
        return 0;
    }

    /**
     * Those whose name contains the words; of several, the one named exactly, since no fuller spelling of "Иванов"
     * would tell him from "Иванова".
     */
    private List<Member> candidates(String name) {
        if (territoryId != null) {
            services.territories().get(territoryId); // a mistyped id says so instead of "nobody found"
        }
        List<Member> found = services.get(Directory.class).findByName(name).stream()
                .filter(m -> territoryId == null || m.territoryId().equals(territoryId)).toList();
        List<Member> exact = found.stream().filter(m -> NameKey.of(m.fullName()).equals(NameKey.of(name))).toList();
        return exact.size() == 1 ? exact : found;
    }

    private String notFound(String name) {
        return "Не найден человек «" + name + "» в справочнике" + (territoryId == null ? "" : " территории " + territoryId)
                + ". Проверьте написание ФИО; справочник загружается командой people import ФАЙЛ.";
    }

    private static String ambiguous(String name, List<Member> found) {
        String list = found.stream().map(m -> "  " + m.fullName() + " — " + m.territoryId()).collect(Collectors.joining("\n"));
        return "Под «" + name + "» подходят несколько человек (" + found.size() + "):\n" + list
                + "\nДобавьте --territory ID или напишите ФИО полнее.";
    }

    private void print(PrintWriter out, InvitationLink link) {
        Member person = link.person();
        String botName = botName();
        String roles = person.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        out.println("Приглашение для: " + person.fullName() + (roles.isEmpty() ? "" : " (" + roles + ")") + ", " + person.territoryId());
        out.println(link.url(botName.isEmpty() ? NO_BOT : botName));
        if (botName.isEmpty()) {
            out.println("Имя бота не задано: подставьте его вместо " + NO_BOT + " или задайте переменную окружения "
                    + "TELEGRAM_BOT_USERNAME (либо укажите --bot ИМЯ) и сделайте приглашение заново.");
        }
        out.println("Ссылка действует до " + UNTIL.format(link.expiresAt()) + " по московскому времени, открыть её можно один раз. "
                + "Перешлите её лично этому человеку.");
        out.flush();
    }

    /** As people copy it from Telegram: "@hotline500_bot" or the whole "https://t.me/hotline500_bot". */
    private String botName() {
        String given = bot != null && !bot.isBlank() ? bot : services.get(PeopleProperties.class).botUsername();
        return given == null ? "" : given.strip().replaceFirst("^(https?://)?(t\\.me/)?@?", "");
    }
}
