package ru.hotline500.answers;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The answers' own caches, smaller than the others: an index holds every word of a territory's roadmaps, so at
 * national scale (2,000 territories) keeping them all took the whole heap. The territories asked about most stay
 * in memory; another's index is built again in milliseconds when asked.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnswerCaches.Sizes.class)
class AnswerCaches {

    /**
     * @param indexes how many territories' indexes stay in memory
     * @param answers how many answers to recent questions stay in memory
     */
    @Validated
    @ConfigurationProperties("hotline.answers.cache")
    record Sizes(@DefaultValue("200") @Min(1) int indexes, @DefaultValue("1000") @Min(1) int answers) {
    }

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> answerCacheSizes(Sizes sizes) {
        return manager -> {
            manager.registerCustomCache(DeadlineAnswers.INDEXES, Caffeine.newBuilder().maximumSize(sizes.indexes())
                    .expireAfterAccess(Duration.ofHours(1)).recordStats().build());
            manager.registerCustomCache(DeadlineAnswers.ANSWERS, Caffeine.newBuilder().maximumSize(sizes.answers())
                    .expireAfterAccess(Duration.ofHours(1)).recordStats().build());
        };
    }
}
