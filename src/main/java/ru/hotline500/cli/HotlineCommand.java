package ru.hotline500.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "hotline500", mixinStandardHelpOptions = true, versionProvider = HotlineCommand.Version.class,
        description = "Горячая линия проекта 500+. Без аргументов запускает приложение.",
        subcommands = {RoadmapCommand.class, PeopleCommand.class, VisitsCommand.class, DigestCommand.class, AskCommand.class, ConsoleCommand.class})
final class HotlineCommand {

    /** The version the jar was built with (its manifest); run from the classes, a note that it is a development build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HotlineCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Горячая линия 500+ " + (version == null ? "(версия для разработки)" : version)};
        }
    }
}
