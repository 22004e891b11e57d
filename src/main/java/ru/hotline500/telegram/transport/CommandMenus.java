package ru.hotline500.telegram.transport;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;

/** The command menus Telegram shows: one for private chats, one for groups. */
class CommandMenus {

    private static final Logger log = LoggerFactory.getLogger(CommandMenus.class);

    /** A refusal only costs the menu (people can still type commands); Telegram unreachable is thrown. */
    void set(BotApi api, Duration deadline) throws BotApiFailure {
        try {
            api.query(SetMyCommands.builder().scope(new BotCommandScopeAllPrivateChats()).commands(List.of(
                    new BotCommand("start", "Начать и выбрать территорию"),
                    new BotCommand("territory", "Сменить территорию"),
                    new BotCommand("remind", "Напоминания о сроках: включить или выключить"),
                    new BotCommand("visit", "Отметить визит в школу (для кураторов)"),
                    new BotCommand("visits", "Визиты этапа: свои или своей территории"),
                    new BotCommand("plan", "Запланировать визит (для кураторов)"),
                    new BotCommand("export", "Визиты территории в Excel (для координаторов)"),
                    new BotCommand("invite", "Пригласить участника (для координаторов)"),
                    new BotCommand("cancel", "Отменить то, что заполняем"),
                    new BotCommand("help", "Как задать вопрос"))).build(), deadline);
            api.query(SetMyCommands.builder().scope(new BotCommandScopeAllGroupChats()).commands(List.of(
                    new BotCommand("digest", "Сводка этапа по территории группы"),
                    new BotCommand("bind", "Привязать группу к территории (координатору-администратору)"),
                    new BotCommand("unbind", "Отвязать группу от территории"),
                    new BotCommand("schedule", "День и время сводки, например: /schedule вторник 10:30"),
                    new BotCommand("help", "Как спросить бота в группе"))).build(), deadline);
        } catch (BotApiFailure failure) {
            if (failure.kind() != BotApiFailure.Kind.REFUSED) {
                throw failure;
            }
            log.warn("Telegram refused the command menus: {}", failure.getMessage());
        }
    }
}
