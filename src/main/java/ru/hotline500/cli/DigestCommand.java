package ru.hotline500.cli;

import picocli.CommandLine.Command;

@Command(name = "digest", mixinStandardHelpOptions = true, description = "Сводки этапа для групп координаторов.",
        subcommands = {DigestPreviewCommand.class})
final class DigestCommand {
}
