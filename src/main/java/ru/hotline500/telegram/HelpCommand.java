package ru.hotline500.telegram;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.telegram.CommandInfo.Audience;

/**
 * /help: how to ask, with examples, and the commands as the registry lists them: in a private chat those for everyone
 * and those of the person's role; in a group, how to ask there and the group's commands.
 */
@Component
@Order(150)
public class HelpCommand implements BotCommand {

    private final Askers askers;
    private final BotIdentity identity;
    private final Access access;
    private final ObjectProvider<Commands> commands;

    /** The registry is looked up when asked for: it holds this command too. */
    HelpCommand(Askers askers, BotIdentity identity, Access access, ObjectProvider<Commands> commands) {
        this.askers = askers;
        this.identity = identity;
        this.access = access;
        this.commands = commands;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.anywhere("help", BotTexts.HELP_MENU, BotTexts.GROUP_HELP_MENU).helpLine(BotTexts.HELP_ITSELF);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        String text = message.chat().isPrivate() ? privateHelp(message.from()) : groupHelp();
        return List.of(Outgoing.Message.text(message.chat(), text));
    }

    private String privateHelp(ChatUser person) {
        Commands all = commands.getObject();
        Optional<Member> member = access.member(person);
        List<String> forRole = member.isEmpty() ? List.of()
                : all.helpEntries(true, audience -> audience != Audience.EVERYONE && audience.includes(member));
        String others = member.isPresent() ? "" : all.names(true, audience -> audience != Audience.EVERYONE);
        return BotTexts.help(askers.territoryOf(person).map(askers::describe).orElse(null),
                all.helpEntries(true, audience -> audience == Audience.EVERYONE), forRole, others);
    }

    /** The group's /help, also said when the bot is added to a group. */
    public String groupHelp() {
        Commands all = commands.getObject();
        return BotTexts.groupHelp(identity.username().orElse(null), all.helpEntries(false, audience -> audience == Audience.EVERYONE),
                all.helpEntries(false, audience -> audience != Audience.EVERYONE));
    }
}
