package ru.hotline500.roadmap;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the roadmap feature ({@code hotline.roadmaps.*}).
 *
 * @param maxFileSize largest document accepted for import
 * @param sampleDir   directory with {@code manifest.yml} and the sample roadmaps; when it does not exist the copy
 *                    packaged in the jar is used
 * @param loadSample  whether an empty database is filled with the sample roadmaps at start
 * @param cacheSize   how many territories' roadmaps stay in memory (the others are read from the database when asked)
 */
@Validated
@ConfigurationProperties("hotline.roadmaps")
public record RoadmapProperties(@NotNull @DefaultValue("10MB") DataSize maxFileSize,
                                @NotBlank @DefaultValue("config/roadmaps") String sampleDir,
                                @DefaultValue("true") boolean loadSample,
                                @DefaultValue("200") @Min(1) int cacheSize) {
}
