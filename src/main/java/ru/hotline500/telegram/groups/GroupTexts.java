package ru.hotline500.telegram.groups;

import java.time.DayOfWeek;
import ru.hotline500.groups.GroupBinding;

/** What the bot says about coordinators' groups, in one place to review the wording. */
final class GroupTexts {

    static final String DIGEST_MENU = "Сводка этапа по территории группы";
    static final String BIND_MENU = "Привязать группу к территории (координатору-администратору)";
    static final String BIND_HELP = "привязать группу к своей территории (сюда будут приходить сводки этапа и вопросы, на которые "
            + "в дорожных картах нет ответа; отвечайте на них ответом (reply) на моё сообщение)";
    static final String UNBIND_MENU = "Отвязать группу от территории";
    static final String SCHEDULE_MENU = "День и время сводки, например: /schedule вторник 10:30";

    static final String NOT_GROUP_ADMIN = "Привязать или отвязать группу может только её администратор, который к тому же "
            + "координатор этой территории.";
    static final String CANNOT_CHECK_ADMIN = "Не удалось проверить у Telegram, администратор ли вы этой группы. Попробуйте, "
            + "пожалуйста, ещё раз через минуту.";
    static final String UNKNOWN_TERRITORY = "Такой территории я не знаю. Напишите /bind без слов — привяжу к вашей территории — "
            + "или /bind и идентификатор, например /bind dubovsky.";
    static final String OUT_OF_SCOPE = "Эта территория не из тех, которые вы координируете: привязать к ней группу может её координатор.";
    static final String NOT_BOUND = "Эта группа не привязана к территории. Координатор — администратор группы — может привязать её "
            + "командой /bind.";
    static final String UNBOUND = "Группа отвязана: сводки сюда больше не приходят.";

    private GroupTexts() {
    }

    static String bound(String territory, GroupBinding binding) {
        return "Группа привязана: " + territory + ". Сводка этапа будет приходить " + (binding.threadId() == null ? "сюда" : "в эту тему")
                + " — " + every(binding.day()) + " в " + binding.time() + " по местному времени; в любой момент — /digest.";
    }

    static String scheduled(GroupBinding binding) {
        return "Готово: сводка будет приходить " + every(binding.day()) + " в " + binding.time() + " по местному времени.";
    }

    static String scheduleHint(GroupBinding binding) {
        return "Сейчас сводка приходит " + every(binding.day()) + " в " + binding.time() + " по местному времени. Чтобы изменить, "
                + "напишите, например: /schedule вторник 10:30";
    }

    private static String every(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "по понедельникам";
            case TUESDAY -> "по вторникам";
            case WEDNESDAY -> "по средам";
            case THURSDAY -> "по четвергам";
            case FRIDAY -> "по пятницам";
            case SATURDAY -> "по субботам";
            case SUNDAY -> "по воскресеньям";
        };
    }
}
