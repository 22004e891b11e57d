package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BotApiAnswersTests {

    @Test
    void aSuccessfulAnswerGivesItsResult() throws BotApiFailure {
        assertThat(BotApi.ApiAnswers.result(200, "OK", "{\"ok\":true,\"result\":{\"message_id\":7}}").path("message_id").asInt()).isEqualTo(7);
    }

    @Test
    void nginxsHtmlPageOn502IsAServerErrorWithAReadableReason() {
        BotApiFailure failure = fail(502, "Bad Gateway", "<html>\r\n<head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
                + "</h1></center><hr><center>nginx</center></body></html>");

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.SERVER_ERROR);
        assertThat(failure.code()).isEqualTo(502);
        assertThat(failure.getMessage()).startsWith("HTTP 502 Bad Gateway, not an answer of the Bot API: 502 Bad Gateway").doesNotContain("<");
    }

    @Test
    void anyBodyThatIsNotTheBotApisOwnIsRetriedNotBelieved() {
        assertThat(fail(200, "OK", "").kind()).isEqualTo(BotApiFailure.Kind.SERVER_ERROR);
        assertThat(fail(200, "OK", "[1,2]").kind()).isEqualTo(BotApiFailure.Kind.SERVER_ERROR);
        assertThat(fail(403, "Forbidden", "<html>captive portal</html>").kind()).isEqualTo(BotApiFailure.Kind.SERVER_ERROR);
        assertThat(fail(504, "", "upstream timed out").getMessage()).isEqualTo("HTTP 504, not an answer of the Bot API: upstream timed out");
    }

    @Test
    void onlyADefiniteRefusalIsFinal() {
        BotApiFailure blocked = fail(403, "", "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
        assertThat(blocked.kind()).isEqualTo(BotApiFailure.Kind.REFUSED);
        assertThat(blocked.getMessage()).isEqualTo("403: Forbidden: bot was blocked by the user");
        assertThat(fail(413, "Request Entity Too Large", "<html>too large</html>").kind()).isEqualTo(BotApiFailure.Kind.REFUSED);
        assertThat(fail(500, "", "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}").kind())
                .isEqualTo(BotApiFailure.Kind.SERVER_ERROR);
    }

    @Test
    void a429WaitsWhatTelegramSaysOrFiveSecondsWhenItSaysNothing() {
        assertThat(fail(429, "", "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 17\",\"parameters\":{\"retry_after\":17}}")
                .retryAfter()).isEqualTo(Duration.ofSeconds(17));
        assertThat(fail(429, "Too Many Requests", "<html>slow down</html>").retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    private static BotApiFailure fail(int status, String statusText, String body) {
        return catchThrowableOfType(BotApiFailure.class, () -> BotApi.ApiAnswers.result(status, statusText, body));
    }
}
