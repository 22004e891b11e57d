package ru.hotline500.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;
import ru.hotline500.territory.Territories;

/** A fresh start has the five real roadmaps; a restart keeps what is stored and loads nothing twice. */
class SampleRoadmapsLoaderTests {

    @Test
    void firstStartLoadsTheSampleAndARestartKeepsIt() {
        String dataDir = Path.of("target", "test-data", "sample-" + System.nanoTime()).toString();

        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(first.getBean(Roadmaps.class).list()).extracting(RoadmapSummary::territoryId, RoadmapSummary::items)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("dubovsky", 19L),
                            org.assertj.core.groups.Tuple.tuple("kizlyar", 18L),
                            org.assertj.core.groups.Tuple.tuple("neklinovsky", 45L),
                            org.assertj.core.groups.Tuple.tuple("sakhalin", 28L),
                            org.assertj.core.groups.Tuple.tuple("ulyanovsk", 25L));
            assertThat(first.getBean(Territories.class).all()).hasSize(7);
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getBean(Roadmaps.class).list()).hasSize(5);
            assertThat(second.getBean(Roadmaps.class).find("kizlyar", null).orElseThrow().year()).isEqualTo(2021);
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        SpringApplication application = new SpringApplication(Hotline500Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run("--hotline.data-dir=" + dataDir, "--hotline.roadmaps.sample-dir=does-not-exist");
    }
}
