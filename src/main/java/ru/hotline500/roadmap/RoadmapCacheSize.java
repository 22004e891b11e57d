package ru.hotline500.roadmap;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The roadmaps in memory are bounded by their own size ({@link RoadmapProperties#cacheSize()}): at national scale
 * every roadmap of every territory in memory took most of a small heap.
 */
@Configuration(proxyBeanMethods = false)
class RoadmapCacheSize {

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> roadmapCacheBound(RoadmapProperties properties) {
        return manager -> manager.registerCustomCache(RoadmapCache.NAME, Caffeine.newBuilder().maximumSize(properties.cacheSize())
                .expireAfterAccess(Duration.ofHours(1)).recordStats().build());
    }
}
