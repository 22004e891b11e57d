package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallTalkTests {

    @Test
    void greetingsThanksAgreementAndFarewellsAreSmallTalk() {
        assertThat(SmallTalk.of("Здравствуйте!")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("доброго времени суток")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("Салам алейкум")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("спасибо большое, выручили!")).hasValue(SmallTalk.Kind.THANKS);
        assertThat(SmallTalk.of("ок")).hasValue(SmallTalk.Kind.AGREEMENT);
        assertThat(SmallTalk.of("👍")).hasValue(SmallTalk.Kind.AGREEMENT);
        assertThat(SmallTalk.of("Хорошего вам дня 🌸")).hasValue(SmallTalk.Kind.FAREWELL);
    }

    @Test
    void aLineInEnglishIsAnsweredInRussianWithAnExample() {
        assertThat(SmallTalk.of("hello, do you speak English?")).hasValue(SmallTalk.Kind.FOREIGN);
        assertThat(SmallTalk.reply(SmallTalk.Kind.FOREIGN)).contains("на русском").contains(SmallTalk.EXAMPLE);
    }

    @Test
    void aGreetingWithAQuestionIsAQuestion() {
        assertThat(SmallTalk.of("Здравствуйте, когда экспертиза документов?")).isEmpty();
        assertThat(SmallTalk.of("спасибо, а когда второй этап?")).isEmpty();
    }

    @Test
    void askingWhetherABotOrAPersonAnswersIsToldWhatTheBotIs() {
        assertThat(SmallTalk.of("а ты бот или живой человек?")).hasValue(SmallTalk.Kind.ABOUT_BOT);
        assertThat(SmallTalk.of("Здравствуйте, вы робот?")).hasValue(SmallTalk.Kind.ABOUT_BOT);
        assertThat(SmallTalk.of("с кем я переписываюсь?")).hasValue(SmallTalk.Kind.ABOUT_BOT);
        assertThat(SmallTalk.reply(SmallTalk.Kind.ABOUT_BOT)).contains("бот", "координатор").contains(SmallTalk.EXAMPLE);
    }

    @Test
    void checkingThatTheBotAnswersIsGreetedWithWhatItDoes() {
        assertThat(SmallTalk.of("проверка связи")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("тест")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("алло, есть кто?")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("бот работает?")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("когда тест по функциональной грамотности?")).isEmpty();
    }

    @Test
    void aQuestionAboutWhoIsResponsibleIsNotAQuestionAboutTheBot() {
        assertThat(SmallTalk.of("кто отвечает за мониторинг?")).isEmpty();
        assertThat(SmallTalk.of("а кто отвечает?")).isEmpty();
        assertThat(SmallTalk.of("вы бот? когда сдавать отчёт куратора?")).isEmpty();
    }

    @Test
    void theGreetingSaysWhatTheBotDoesWithAnExample() {
        assertThat(SmallTalk.reply(SmallTalk.Kind.GREETING)).contains("сроки").contains(SmallTalk.EXAMPLE)
                .doesNotContain("нет пункта", "передам ваш вопрос");
    }

    @Test
    void thanksWithAFewWordsOfWhatWasDoneIsSmallTalk() {
        assertThat(SmallTalk.of("Спасибо большое! Всё загрузили 🙏")).hasValue(SmallTalk.Kind.THANKS);
        assertThat(SmallTalk.of("Благодарю за помощь, всего доброго!")).hasValue(SmallTalk.Kind.THANKS);
        assertThat(SmallTalk.of("Баркалла! 🙏")).hasValue(SmallTalk.Kind.THANKS);
        assertThat(SmallTalk.of("ок, передам директору")).hasValue(SmallTalk.Kind.AGREEMENT);
        assertThat(SmallTalk.of("Спасибо! А отчёт когда сдавать?")).isEmpty();
        assertThat(SmallTalk.of("спасибо, и сроки экспертизы подскажите")).isEmpty();
    }

    @Test
    void nightGreetingsAndMisspeltHellosAreSmallTalk() {
        assertThat(SmallTalk.of("доброй ночи 🙂")).isPresent();
        assertThat(SmallTalk.of("спокойной ночи")).isPresent();
        assertThat(SmallTalk.of("здраствуйте")).hasValue(SmallTalk.Kind.GREETING);
    }

    @Test
    void holidayGreetingsAreSmallTalk() {
        assertThat(SmallTalk.of("С Днём знаний всех!!! 💐🎉")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("Добрый день, коллеги! С прошедшим праздником 🌷")).isPresent();
        assertThat(SmallTalk.of("с 1 сентября коллеги 🌸")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("Добрый день, коллеги! С наступающим Новым годом 🎄")).hasValue(SmallTalk.Kind.GREETING);
        assertThat(SmallTalk.of("с 8 марта, девочки!")).isPresent();
    }

    @Test
    void joyAtTheBotIsSmallTalk() {
        assertThat(SmallTalk.of("Добрый день, коллеги! Рада, что теперь есть бот 😊")).isPresent();
        assertThat(SmallTalk.of("какой удобный бот!")).isPresent();
        assertThat(SmallTalk.of("рада, что есть бот. когда экспертиза?")).isEmpty();
    }
}
