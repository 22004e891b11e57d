package ru.hotline500.roadmap;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forgets cached roadmaps once an import is committed, so that readers never see an old version for long
 * and never cache one that a rolled-back import did not replace.
 */
@Component
class RoadmapCache {

    static final String NAME = "roadmaps";

    private final CacheManager caches;

    RoadmapCache(CacheManager caches) {
        this.caches = caches;
    }

    @TransactionalEventListener
    void on(RoadmapImported event) {
        Cache cache = caches.getCache(NAME);
        if (cache != null) {
            cache.clear();
        }
    }
}
