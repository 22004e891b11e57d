package ru.hotline500.telegram.transport;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The command menus Telegram shows: one for private chats, one for groups. */
class CommandMenus {

    void set(TelegramClient client) throws TelegramApiException {
        client.execute(SetMyCommands.builder().scope(new BotCommandScopeAllPrivateChats()).commands(List.of(
                new BotCommand("start", "Начать и выбрать территорию"),
                new BotCommand("territory", "Сменить территорию"),
                new BotCommand("remind", "Напоминания о сроках: включить или выключить"),
                new BotCommand("visit", "Отметить визит в школу (для кураторов)"),
                new BotCommand("visits", "Визиты этапа: свои или своей территории"),
                new BotCommand("plan", "Запланировать визит (для кураторов)"),
                new BotCommand("export", "Визиты территории в Excel (для координаторов)"),
                new BotCommand("invite", "Пригласить участника (для координаторов)"),
                new BotCommand("cancel", "Отменить то, что заполняем"),
                new BotCommand("help", "Как задать вопрос"))).build());
        client.execute(SetMyCommands.builder().scope(new BotCommandScopeAllGroupChats()).commands(List.of(
                new BotCommand("digest", "Сводка этапа по территории группы"),
                new BotCommand("bind", "Привязать группу к территории (координатору-администратору)"),
                new BotCommand("unbind", "Отвязать группу от территории"),
                new BotCommand("schedule", "День и время сводки, например: /schedule вторник 10:30"),
                new BotCommand("help", "Как спросить бота в группе"))).build());
    }
}
