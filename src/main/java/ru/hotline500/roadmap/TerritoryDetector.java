package ru.hotline500.roadmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

/**
 * Recognises which known territory a roadmap belongs to from how often the document names it, in any case
 * ("в Дубовском районе", "Сахалинской области"): names are compared as Russian stems. A municipality named
 * in the document wins over its region, which such documents name too.
 */
final class TerritoryDetector {

    private final Analyzer analyzer = new RussianAnalyzer();

    Optional<Territory> detect(ParsedRoadmap roadmap, List<Territory> territories) {
        List<String> text = stems(documentText(roadmap));
        Map<Territory, Integer> mentions = territories.stream()
                .collect(Collectors.toMap(t -> t, t -> occurrences(text, stems(t.name()))));
        Optional<Territory> municipality = leader(mentions, TerritoryKind.MUNICIPALITY);
        return municipality.isPresent() ? municipality : leader(mentions, TerritoryKind.REGION);
    }

    private static Optional<Territory> leader(Map<Territory, Integer> mentions, TerritoryKind kind) {
        List<Map.Entry<Territory, Integer>> ranked = mentions.entrySet().stream()
                .filter(e -> e.getKey().kind() == kind && e.getValue() > 0)
                .sorted(Map.Entry.<Territory, Integer>comparingByValue(Comparator.reverseOrder()))
                .toList();
        boolean clear = !ranked.isEmpty() && (ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue());
        return clear ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    private static String documentText(ParsedRoadmap roadmap) {
        List<String> parts = new ArrayList<>(roadmap.paragraphs());
        parts.add(roadmap.title());
        roadmap.items().forEach(item -> {
            parts.add(item.action());
            parts.add(item.responsible());
            parts.add(item.indicator());
        });
        return String.join("\n", parts);
    }

    private static int occurrences(List<String> text, List<String> name) {
        return name.isEmpty() ? 0 : (int) java.util.stream.IntStream.rangeClosed(0, text.size() - name.size())
                .filter(i -> Collections.indexOfSubList(text.subList(i, i + name.size()), name) == 0)
                .count();
    }

    private List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
