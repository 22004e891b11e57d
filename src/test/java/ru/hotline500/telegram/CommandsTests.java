package ru.hotline500.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.telegram.CommandInfo.Audience;

/** The registry of commands: names once, menus and /help lines in the commands' order, by who they are for. */
class CommandsTests {

    private final Commands commands = new Commands(List.of(
            command(CommandInfo.privateChat("start", "Начать и выбрать территорию")),
            command(CommandInfo.privateChat("visit", "Отметить визит в школу").forAudience(Audience.CURATORS)),
            command(CommandInfo.privateChat("invite", "Пригласить участника").forAudience(Audience.COORDINATORS)),
            command(CommandInfo.privateChat("remind", "Напоминания о сроках").helpLine("напоминания (утром за 3 дня)")),
            command(CommandInfo.group("bind", "Привязать группу")),
            command(CommandInfo.anywhere("help", "Как задать вопрос", "Как спросить в группе"))));

    @Test
    void twoCommandsOfOneNameKeepTheBotFromStarting() {
        List<BotCommand> twice = List.of(command(CommandInfo.privateChat("help", "а")), command(CommandInfo.group("help", "б")));

        assertThatThrownBy(() -> new Commands(twice)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/help is declared twice");
    }

    @Test
    void aNameTelegramWouldRefuseIsNoCommand() {
        assertThatThrownBy(() -> CommandInfo.privateChat("Visit", "Визит")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommandInfo.privateChat("визит", "Визит")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommandInfo.privateChat("", "Визит")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachMenuListsTheCommandsOfItsKindOfChatInTheirOrder() {
        assertThat(commands.menu(true)).extracting(Commands.MenuLine::command).containsExactly("start", "visit", "invite", "remind", "help");
        assertThat(commands.menu(false)).containsExactly(new Commands.MenuLine("bind", "Привязать группу"),
                new Commands.MenuLine("help", "Как спросить в группе"));
    }

    @Test
    void helpListsACommandByItsHelpLineOrItsMenuLineInLowerCase() {
        assertThat(commands.helpEntries(true, audience -> audience == Audience.EVERYONE)).containsExactly(
                "/start — начать и выбрать территорию", "/remind — напоминания (утром за 3 дня)", "/help — как задать вопрос");
        assertThat(commands.helpEntries(false, audience -> true)).containsExactly("/bind — привязать группу", "/help — как спросить в группе");
    }

    @Test
    void aPersonSeesTheCommandsOfTheirRole() {
        Optional<Member> curator = Optional.of(member(Role.CURATOR));
        Optional<Member> coordinator = Optional.of(member(Role.MUNICIPAL_COORDINATOR));

        assertThat(commands.helpEntries(true, audience -> audience != Audience.EVERYONE && audience.includes(curator)))
                .containsExactly("/visit — отметить визит в школу");
        assertThat(commands.helpEntries(true, audience -> audience != Audience.EVERYONE && audience.includes(coordinator)))
                .containsExactly("/invite — пригласить участника");
        assertThat(commands.names(true, audience -> audience != Audience.EVERYONE)).isEqualTo("/visit, /invite");
        assertThat(Audience.CURATORS.includes(Optional.empty())).isFalse();
        assertThat(Audience.EVERYONE.includes(Optional.empty())).isTrue();
    }

    @Test
    void aCommandIsFoundByTheNameTypedAfterTheSlash() {
        assertThat(commands.named("visit")).map(c -> c.info().name()).contains("visit");
        assertThat(commands.named("report")).isEmpty();
    }

    private static Member member(Role role) {
        return new Member(1L, "Иванова Ирина Петровна", "dubovsky", Set.of(role), role.needsSchool() ? 5L : null, true);
    }

    private static BotCommand command(CommandInfo info) {
        return new BotCommand() {
            @Override
            public CommandInfo info() {
                return info;
            }

            @Override
            public List<Outgoing> handle(Inbound.Message message) {
                return List.of();
            }
        };
    }
}
