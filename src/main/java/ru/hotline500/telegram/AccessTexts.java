package ru.hotline500.telegram;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import ru.hotline500.people.Member;
import ru.hotline500.people.Redemption;
import ru.hotline500.people.Role;

/** What the bot says about invitations, roles and refusals, in one place to review the wording. */
public final class AccessTexts {

    public static final String START_MENU = "Начать и выбрать территорию";
    public static final String INVITE_MENU = "Пригласить участника (для координаторов)";

    static final String NOT_INVITED = "Это доступно только участникам проекта, которых пригласил координатор. "
            + "Если вы куратор или координатор — попросите у своего координатора ссылку-приглашение и откройте её. "
            + "Вопросы о сроках можно задавать и без приглашения.";
    public static final String PRIVATE_ONLY = "Это можно сделать только в личном чате со мной.";
    public static final String NOT_A_COORDINATOR = "Это доступно только координаторам проекта (муниципальным и региональным) "
            + "и администраторам.";
    public static final String NOT_ADMINISTRATOR = "Загружать справочник людей могут только администраторы горячей линии, а графики "
            + "визитов — координаторы. Если нужно что-то изменить в справочнике — напишите, пожалуйста, администратору.";
    public static final String NOT_A_SCHEDULE = "Это не похоже на график визитов. Пришлите, пожалуйста, таблицу CSV или XLSX со столбцами "
            + "«Куратор», «Школа», «Дата». Справочник людей загружают администраторы горячей линии.";
    public static final String NOBODY_TO_INVITE = "В справочнике вашей территории пока никого нет. Попросите администратора "
            + "загрузить справочник людей.";
    public static final String NO_MATCH = "Никого с таким именем в справочнике вашей территории нет. Напишите /invite без имени, "
            + "чтобы увидеть весь список.";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Moscow"));

    private AccessTexts() {
    }

    public static String roles(Member member) {
        return member.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    public static String bound(Member member, String territory) {
        String next = member.has(Role.CURATOR) ? "Теперь вы можете отмечать визиты в школы: /visit, а смотреть их — /visits."
                : member.coordinates() ? "Теперь вам доступны визиты кураторов вашей территории: /visits, приглашения: /invite."
                : "Задавайте вопросы о сроках обычными словами.";
        return "Здравствуйте, " + member.fullName() + "! Ваш Telegram привязан к справочнику проекта: " + roles(member)
                + " (" + territory + ").\n\n" + next;
    }

    public static String refused(Redemption.Reason reason) {
        return switch (reason) {
            case UNKNOWN -> "Эта ссылка-приглашение не найдена. Проверьте, что открыли её целиком, или попросите у координатора новую.";
            case USED -> "По этой ссылке-приглашению уже вошли. Ссылка действует один раз — попросите у координатора новую.";
            case EXPIRED -> "Срок этой ссылки-приглашения истёк. Попросите, пожалуйста, у координатора новую.";
            case ACCOUNT_TAKEN -> "Ваш Telegram уже привязан к другому человеку в справочнике. Если это ошибка — напишите координатору.";
        };
    }

    public static String choosePerson(int shown, int total) {
        return "Кого пригласить? Выберите человека — я пришлю ссылку-приглашение, которую нужно ему переслать."
                + (shown < total ? "\nПоказаны первые " + shown + " из " + total + "; чтобы найти остальных, напишите /invite и часть фамилии." : "")
                + "\n✓ — уже подключён (новая ссылка заменит старую привязку).";
    }

    public static String invitation(Member person, String url, Instant until) {
        return "Ссылка-приглашение для: " + person.fullName() + " (" + roles(person) + ")\n" + url + "\n\n"
                + "Перешлите её этому человеку. Ссылка действует один раз, до " + UNTIL.format(until) + " по московскому времени.";
    }

    public static String noBotName() {
        return "Не удалось составить ссылку: я ещё не знаю своего имени в Telegram. Попробуйте, пожалуйста, через минуту.";
    }
}
