package ru.hotline500.answers;

import java.util.List;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.hotline500.roadmap.RoadmapImported;

/** A newly imported roadmap may change any answer of its scope: cached answers and indexes are dropped once it is committed. */
@Component
class AnswerCacheEviction {

    private final CacheManager caches;

    AnswerCacheEviction(CacheManager caches) {
        this.caches = caches;
    }

    @TransactionalEventListener
    void on(RoadmapImported event) {
        for (String name : List.of(DeadlineAnswers.ANSWERS, DeadlineAnswers.INDEXES)) {
            Cache cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }
}
