package org.smenet.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.smenet.portal.reference.Vocabulary;

/** A subscription's filters in words, one line (message key, words) per filter ({@code ${@filterWords.of(f)}}). */
@Component("filterWords")
public class SubscriptionFilterWords {

    private final Vocabulary vocabulary;

    SubscriptionFilterWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<String[]> of(Object filters) {
        List<String[]> lines = new ArrayList<>();
        if (!(filters instanceof Map<?, ?> f)) {
            return lines;
        }
        add(lines, "subscriptions.products", f.get("hsPrefixes"), vocabulary::describe);
        add(lines, "subscriptions.origins", f.get("originEconomies"), vocabulary::economyName);
        add(lines, "subscriptions.targets", f.get("targetEconomies"), vocabulary::economyName);
        add(lines, "subscriptions.keywords", f.get("keywords"), word -> "“" + word + "”");
        return lines;
    }

    private static void add(List<String[]> lines, String key, Object values, Function<String, String> words) {
        if (values instanceof List<?> list && !list.isEmpty()) {
            lines.add(new String[] {key, String.join(", ", list.stream().map(String::valueOf).map(words).toList())});
        }
    }
}
