package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateReaderTests {

    private static final String MESSAGE = "{\"message_id\":5,\"date\":1,\"chat\":{\"id\":42,\"type\":\"private\"},"
            + "\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"Мария\"},\"text\":\"когда экспертиза\"}";

    private final UpdateReader reader = new UpdateReader(UpdateReader.tolerantJson());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOrdinaryMessageIsReadAndKeptAsItCame() throws Exception {
        ReceivedUpdate update = reader.read(json.readTree("{\"update_id\":10,\"message\":" + MESSAGE + ",\"new_field_of_2027\":{\"a\":1}}"));

        assertThat(update.readable()).isTrue();
        assertThat(update.id()).isEqualTo(10);
        assertThat(update.update().getMessage().getText()).isEqualTo("когда экспертиза");
        assertThat(update.json()).contains("new_field_of_2027");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"update_id\":11,\"message\":{\"message_id\":5,\"date\":1,\"text\":\"no chat\"}}",
            "{\"update_id\":11,\"message\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":42}}}",
            "{\"update_id\":11,\"message\":{\"message_id\":1099511627776,\"date\":1,\"chat\":{\"id\":42,\"type\":\"private\"}}}",
            "{\"update_id\":11,\"message\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":1234567890123456789012345,\"type\":\"private\"}}}",
            "{\"update_id\":11,\"message\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":[\"a\"]}}",
            "{\"update_id\":11,\"message\":\"a string\"}",
            "{\"update_id\":11,\"my_chat_member\":{\"date\":1,\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"A\"}}}",
            "{\"update_id\":11,\"callback_query\":{\"id\":\"q\",\"data\":\"r:rostov\"}}"})
    void anUpdateThatCannotBeAnsweredIsSetAsideWithItsIdAndAReason(String payload) throws Exception {
        ReceivedUpdate update = reader.read(json.readTree(payload));

        assertThat(update.readable()).isFalse();
        assertThat(update.id()).isEqualTo(11);
        assertThat(update.problem()).isNotBlank().hasSizeLessThanOrEqualTo(501);
        assertThat(update.json()).isEqualTo(json.readTree(payload).toString());
    }

    @Test
    void oneUnreadableUpdateDoesNotSpoilTheOthersOfItsBatch() throws Exception {
        JsonNode batch = json.readTree("[{\"update_id\":1,\"message\":" + MESSAGE + "},{\"update_id\":2,\"message\":7},"
                + "{\"message\":" + MESSAGE + "},{\"update_id\":3,\"message_reaction\":{\"odd\":true}}]");

        List<ReceivedUpdate> updates = reader.readAll(batch);

        assertThat(updates).extracting(ReceivedUpdate::id).containsExactly(1L, 2L, null, 3L);
        assertThat(updates).extracting(ReceivedUpdate::readable).containsExactly(true, false, false, true);
    }
}
