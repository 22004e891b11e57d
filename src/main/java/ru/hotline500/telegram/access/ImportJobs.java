package ru.hotline500.telegram.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The directory imports under way and done (table import_job), each ended exactly once. */
@Component
class ImportJobs {

    enum State {
        RUNNING, DONE, FAILED, INTERRUPTED
    }

    /** A job as it was begun: the private chat of the administrator who sent the file. */
    record Job(long id, long chatId, long personId, String fileName) {
    }

    private static final int LONGEST_NAME = 255;

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a job RUNNING, in the caller's transaction. */
    Job begin(long chatId, long personId, String fileName) {
        String name = fileName == null || fileName.length() <= LONGEST_NAME ? fileName : fileName.substring(0, LONGEST_NAME);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into import_job (chat_id, person_id, file_name, state, started_at) values (?, ?, ?, 'RUNNING', ?)")
                .params(chatId, personId, name, now()).update(key, "id");
        return new Job(key.getKey().longValue(), chatId, personId, name);
    }

    /** Ends a running job; false when it was ended already (then the caller says nothing more about it). */
    boolean end(long id, State state, Integer rows) {
        return jdbc.sql("update import_job set state = ?, rows_read = ?, finished_at = ? where id = ? and state = 'RUNNING'")
                .params(state.name(), rows, now(), id).update() == 1;
    }

    /** Jobs still RUNNING: at a start, those the previous process did not end. */
    List<Job> running() {
        return jdbc.sql("select id, chat_id, person_id, file_name from import_job where state = 'RUNNING' order by id")
                .query((row, n) -> new Job(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4))).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
