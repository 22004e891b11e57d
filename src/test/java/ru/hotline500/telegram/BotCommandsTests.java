package ru.hotline500.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.testing.SharedApplication;

/** The bot's own commands as the application gathers them: the menus Telegram shows, each command where it works. */
@SharedApplication
class BotCommandsTests {

    @Autowired
    Commands commands;

    @Test
    void theMenusListTheBotsCommandsInOrder() {
        assertThat(commands.menu(true)).extracting(Commands.MenuLine::command)
                .containsExactly("start", "territory", "stage", "remind", "visit", "visits", "plan", "export", "invite", "cancel", "help");
        assertThat(commands.menu(false)).extracting(Commands.MenuLine::command).containsExactly("digest", "bind", "unbind", "schedule", "help");
        assertThat(commands.menu(true)).allSatisfy(line -> assertThat(line.description()).isNotBlank());
        assertThat(commands.menu(false)).allSatisfy(line -> assertThat(line.description()).isNotBlank());
    }

    @Test
    void eachCommandWorksWhereItsMenuShowsIt() {
        assertThat(commands.infos()).allSatisfy(info -> {
            info.menuLine(true).ifPresent(line -> assertThat(info.worksIn(ChatKind.PRIVATE)).as(info.name()).isTrue());
            info.menuLine(false).ifPresent(line -> assertThat(info.worksIn(ChatKind.SUPERGROUP)).as(info.name()).isTrue());
            assertThat(info.menuLine(true).or(() -> info.menuLine(false))).as(info.name() + " is in a menu").isPresent();
        });
        assertThat(commands.infos()).filteredOn(CommandInfo::boundGroupOnly).extracting(CommandInfo::name)
                .containsExactlyInAnyOrder("digest", "schedule");
    }
}
