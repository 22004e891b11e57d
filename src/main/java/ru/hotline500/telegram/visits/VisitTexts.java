package ru.hotline500.telegram.visits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import ru.hotline500.people.SchoolRef;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.visits.Plan;
import ru.hotline500.visits.PurposeSuggestion;
import ru.hotline500.visits.Refusal;
import ru.hotline500.visits.Stage;
import ru.hotline500.visits.Visit;

/** What the bot says about visits, in one place to review the wording. */
final class VisitTexts {

    static final String VISIT_MENU = "Отметить визит в школу (для кураторов)";
    static final String VISITS_MENU = "Визиты этапа: свои или своей территории";
    static final String PLAN_MENU = "Запланировать визит (для кураторов)";
    static final String EXPORT_MENU = "Визиты территории в Excel (для координаторов)";
    static final String CANCEL_MENU = "Отменить то, что заполняем";
    static final String WHO_SEES_VISITS = "Списки визитов видят кураторы (свои визиты) и координаторы (визиты своей территории).";

    static final String CHOOSE_SCHOOL = "В какой школе вы были? Выберите кнопкой.";
    static final String CHOOSE_SCHOOL_TO_PLAN = "В какую школу вы планируете визит? Выберите кнопкой.";
    static final String NO_SCHOOLS = "За вами в этом году не закреплено ни одной школы. Если это ошибка — напишите, пожалуйста, "
            + "координатору: он исправит справочник.";
    static final String CHOOSE_PURPOSE = "Пожалуйста, выберите цель визита кнопкой под сообщением. Передумали — /cancel.";
    static final String ASK_COMMENT = "Добавьте комментарий одним сообщением (например, с кем встречались) или нажмите «Без комментария».";
    static final String CONFIRM_BY_BUTTON = "Пожалуйста, нажмите «Подтвердить» под сообщением — или /cancel, чтобы отменить.";
    static final String COMMENT_TOO_LONG = "Комментарий получился длиннее 1000 знаков — сократите его, пожалуйста.";
    static final String CANCELLED = "Хорошо, отменил. Ничего не записано.";
    static final String NOTHING_TO_CANCEL = "Отменять нечего: сейчас мы ничего не заполняем.";
    static final String GROUP = "Визиты отмечаются в личном чате со мной — так их не увидят посторонние.";
    static final String TODAY = "Сегодня";
    static final String YESTERDAY = "Вчера";
    static final String TOMORROW = "Завтра";
    static final String NO_COMMENT = "Без комментария";
    static final String KEEP_COMMENT = "Оставить прежний";
    static final String CONFIRM = "✅ Подтвердить";
    static final String CANCEL = "Отмена";
    static final String NEW_VISIT = "Отметить визит";
    static final String NEW_PLAN = "Запланировать визит";
    static final String WITHDRAW_YES = "Да, отозвать";
    static final String WITHDRAW_NO = "Нет";
    static final String KEPT = "Хорошо, визит остаётся как был.";
    static final String NO_VISITS = "В этом этапе визитов пока нет. Отметить визит: /visit.";
    static final String PLANNED = "Запланировано:";
    static final String EXPORT = "Выгрузить в Excel";
    static final String ALL_TERRITORIES = "все территории";
    static final String NO_SCHOOLS_IN_SCOPE = "В справочнике вашей территории пока нет школ.";
    static final String CHECK_AND_CONFIRM = "Проверьте, пожалуйста, и подтвердите:\n";
    static final String ALREADY_CONFIRMED = "Этот визит уже был отмечен раньше — второй раз не записываю:";
    static final String CORRECTED = "Визит исправлен:";
    static final String CONFIRMED = "Визит отмечен — спасибо!";
    static final String ALL_VISITS = "\n\nВсе визиты этапа: /visits";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private VisitTexts() {
    }

    /** "Ваши визиты — 1 этап 2021 года:" over a curator's list. */
    static String curatorHeading(Stage stage) {
        return "Ваши визиты — " + stage.label() + ":\n";
    }

    /** The coordinator's list: the stage, then how many schools have a visit. */
    static String coordinatorHeading(Stage stage, long schools, long missing) {
        return "Визиты кураторов — " + stage.label() + "\nШкол: " + schools + ", с визитом: " + (schools - missing)
                + ", без визита: " + missing + "\n";
    }

    /** The caption of the Excel file of a territory's visits. */
    static String exportCaption(String territory, Stage stage) {
        return "Визиты кураторов — " + territory + ", " + stage.label() + ".";
    }

    static String showStage(Stage stage) {
        return "Показать " + stage.label();
    }

    static String correct(int number) {
        return "✏️ Исправить " + number;
    }

    static String withdraw(int number) {
        return "✖ Отозвать " + number;
    }

    static String keepDate(LocalDate date) {
        return "Оставить " + shortDay(date);
    }

    static String purposeChosen(String purpose) {
        return "Цель: " + purpose + ".\n" + ASK_COMMENT;
    }

    static String day(LocalDate date) {
        return DAY.format(date) + " (" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, RU) + ")";
    }

    static String shortDay(LocalDate date) {
        return SHORT.format(date);
    }

    static String askDate(SchoolRef school) {
        return "Визит в " + school.fullName() + ". Когда вы были в школе? Нажмите кнопку или напишите дату, например «12.03» или «12 марта».";
    }

    static String askNewDate(Visit visit) {
        return "Исправляем визит " + day(visit.date()) + " в " + visit.school().fullName() + ".\nКакая дата верная? "
                + "Нажмите «Оставить» или напишите дату, например «12.03».";
    }

    static String askPlanDate(SchoolRef school) {
        return "Визит в " + school.fullName() + ". На какой день вы его планируете? Напишите дату, например «15.03» или «15 марта».";
    }

    static String dateNotUnderstood() {
        return "Не понял дату. Напишите её, например, так: «12.03», «12.03.2021» или «12 марта» — или нажмите кнопку.";
    }

    static String refusal(Refusal refusal, LocalDate earliest) {
        return switch (refusal) {
            case NOT_A_CURATOR -> "Отмечать визиты могут только кураторы школ. Если вы куратор, а справочник говорит иное, "
                    + "напишите, пожалуйста, координатору.";
            case NOT_YOUR_SCHOOL -> "Эта школа не закреплена за вами в этом году, поэтому отметить визит в неё я не могу. "
                    + "Если это ошибка — напишите координатору.";
            case DATE_IN_FUTURE -> "Эта дата ещё не наступила. Отметьте визит после него, а заранее его можно запланировать: /plan.";
            case DATE_IN_PAST -> "Эта дата уже прошла. Запланировать можно сегодняшний или будущий день; прошедший визит отметьте: /visit.";
            case DATE_BEFORE_ROADMAP_YEAR -> "Эта дата раньше года дорожной карты: визиты считаются с "
                    + (earliest == null ? "начала года дорожной карты" : DAY.format(earliest)) + ". Проверьте, пожалуйста, дату.";
            case NOT_YOUR_VISIT -> "Это не ваш визит (или его уже нет), поэтому изменить его я не могу.";
            case ALREADY_WITHDRAWN -> "Этот визит уже отозван.";
            case NOT_A_COORDINATOR -> AccessTexts.NOT_A_COORDINATOR;
        };
    }

    static String askPurpose(LocalDate date, PurposeSuggestion suggestion) {
        String hint = suggestion.fromRoadmap()
                ? "По дорожной карте на эту дату: п. " + suggestion.itemNumber() + " «" + clip(suggestion.itemAction()) + "» — подходит «"
                + suggestion.purpose().label() + "»."
                : "По дате это " + (suggestion.purpose().label()) + ".";
        return "Дата: " + day(date) + ".\nКакова цель визита? " + hint;
    }

    static String summary(String heading, Visit visit) {
        return heading + "\n" + details(visit.school(), visit.date(), visit.purpose().label(), visit.comment());
    }

    static String details(SchoolRef school, LocalDate date, String purpose, String comment) {
        return "Школа: " + school.fullName() + "\nДата: " + day(date) + "\nЦель: " + purpose
                + "\nКомментарий: " + (comment == null ? "—" : comment);
    }

    static String line(int number, Visit visit) {
        return number + ". " + shortDay(visit.date()) + " — " + visit.school().label() + ", " + visit.purpose().label()
                + (visit.comment() == null ? "" : " («" + clip(visit.comment()) + "»)");
    }

    static String planLine(Plan plan) {
        return "• " + shortDay(plan.date()) + " — " + plan.school().label() + (plan.overdue() ? " (не подтверждён)" : "");
    }

    static String planned(Plan plan, boolean alreadyKnown) {
        return (alreadyKnown ? "Этот визит уже был в плане: " : "Запланировано: ") + "визит в " + plan.school().fullName() + " "
                + day(plan.date()) + ".\nНакануне я напомню, а после визита отметьте его: /visit.";
    }

    static String withdrawQuestion(Visit visit) {
        return "Отозвать визит " + day(visit.date()) + " в " + visit.school().fullName()
                + "? Он останется в истории, но не будет считаться визитом.";
    }

    static String withdrawn(Visit visit) {
        return "Визит " + day(visit.date()) + " в " + visit.school().fullName() + " отозван. Список визитов: /visits.";
    }

    static String remindBefore(Plan plan, LocalDate today) {
        return "Напоминание: " + (plan.date().equals(today) ? "сегодня" : "завтра") + ", " + day(plan.date()) + ", у вас запланирован визит в "
                + plan.school().fullName() + ".\nПосле визита отметьте его — кнопкой ниже или командой /visit.";
    }

    static String remindAfter(Plan plan) {
        return "Визит в " + plan.school().fullName() + ", запланированный на " + day(plan.date()) + ", пока не подтверждён.\n"
                + "Если вы были в школе — отметьте визит кнопкой ниже. Если визит перенесён — сообщите, пожалуйста, координатору.";
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= 90) {
            return oneLine;
        }
        String cut = oneLine.substring(0, 89);
        return (cut.lastIndexOf(' ') > 60 ? cut.substring(0, cut.lastIndexOf(' ')) : cut).strip() + "…";
    }
}
