package ru.hotline500.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five real roadmaps of the sample (config/roadmaps, packaged as sample/roadmaps) and their years. */
public enum Seeds {
    NEKLINOVSKY("000_f4178387b0778432.txt", "neklinovsky", 2022),
    DUBOVSKY("001_6affaa3946b7ff4a.txt", "dubovsky", 2021),
    SAKHALIN("002_29babc8aa30bf884.txt", "sakhalin", 2021),
    KIZLYAR("003_c24d41b708471dca.txt", "kizlyar", 2021),
    ULYANOVSK("004_a0d45a5f047f39a2.txt", "ulyanovsk", 2022);

    private final String file;
    private final String territory;
    private final int year;

    Seeds(String file, String territory, int year) {
        this.file = file;
        this.territory = territory;
        this.year = year;
    }

    public String file() {
        return file;
    }

    public String territory() {
        return territory;
    }

    public int year() {
        return year;
    }

    public byte[] content() {
        return resource("/sample/roadmaps/" + file);
    }

    /** Hand-written expectations: number, section, kind, windows, deadline text per item. */
    public List<String[]> expectedItems() {
        String tsv = new String(resource("/expected/" + file.replace(".txt", ".tsv")), StandardCharsets.UTF_8);
        return tsv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    public ParsedRoadmap parse() {
        return new RoadmapReader(RoadmapReader.DEFAULT_MAX_BYTES).read(file, content(), year);
    }

    private static byte[] resource(String path) {
        try (InputStream input = Seeds.class.getResourceAsStream(path)) {
            if (input == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
