package org.smenet.portal.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The reference data in words: HS 2022 products, ISIC Rev.4 activities and the APEC economies, loaded from
 * the copies in {@code reference-data/} (from {@code shared/reference-data}). People search by what they make
 * or buy ("coffee", "frozen shrimp"); the services filter by code.
 */
@Component
public class Vocabulary {

    /** One code with its words and its level (HS: 2, 4, 6 digits; ISIC: section, division, group, class). */
    public record Term(String code, String words, int level) {

        public String label() {
            return code + " — " + words;
        }
    }

    private final List<Term> hs;
    private final List<Term> isic;
    private final Map<String, String> hsByCode = new LinkedHashMap<>();
    private final Map<String, String> isicByCode = new LinkedHashMap<>();
    private final Map<String, String> economies = new LinkedHashMap<>();

    public Vocabulary() {
        this.hs = new ArrayList<>();
        for (String[] row : csv("reference-data/hs2022.csv")) {
            // section,hscode,description,parent,level
            hs.add(new Term(row[1], row[2], Integer.parseInt(row[4])));
            hsByCode.put(row[1], row[2]);
        }
        this.isic = new ArrayList<>();
        for (String[] row : csv("reference-data/isic-rev4.csv")) {
            // code,title,level
            int level = switch (row[2]) {
                case "section" -> 1;
                case "division" -> 2;
                case "group" -> 3;
                default -> 4;
            };
            isic.add(new Term(row[0], row[1], level));
            isicByCode.put(row[0], row[1]);
        }
        for (String[] row : csv("reference-data/apec-economies.csv")) {
            economies.put(row[0], row[1]);
        }
    }

    /** HS codes whose description has every word asked for; headings (4 digits) first, then chapters, then subheadings. */
    public List<Term> products(String words, int limit) {
        return search(hs, words, limit, level -> switch (level) {
            case 4 -> 0;
            case 2 -> 1;
            default -> 2;
        });
    }

    /** ISIC codes whose title has every word asked for; divisions and classes first. */
    public List<Term> activities(String words, int limit) {
        return search(isic, words, limit, level -> switch (level) {
            case 2 -> 0;
            case 4 -> 1;
            case 3 -> 2;
            default -> 3;
        });
    }

    public List<Term> isicSections() {
        return isic.stream().filter(t -> t.level() == 1).toList();
    }

    public Optional<String> product(String code) {
        return Optional.ofNullable(hsByCode.get(code));
    }

    public Optional<String> activity(String code) {
        return Optional.ofNullable(isicByCode.get(code));
    }

    /** A code in words when it is one, else the value as it came (a reason may name an economy or a language). */
    public String describe(String code) {
        if (code == null) {
            return "";
        }
        String words = hsByCode.get(code);
        if (words == null) {
            words = isicByCode.get(code);
        }
        if (words == null) {
            words = economies.get(code);
        }
        return words == null ? code : words + " (" + code + ")";
    }

    public Map<String, String> economies() {
        return economies;
    }

    public String economyName(String code) {
        return code == null ? "" : economies.getOrDefault(code, code);
    }

    private static List<Term> search(List<Term> terms, String words, int limit,
                                     java.util.function.IntUnaryOperator rankOfLevel) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        String query = words.strip().toLowerCase(Locale.ROOT);
        if (query.matches("[0-9]{2,6}|[A-U]")) {
            return terms.stream().filter(t -> t.code().startsWith(words.strip())).limit(limit).toList();
        }
        String[] wanted = Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).toArray(String[]::new);
        if (wanted.length == 0) {
            return List.of();
        }
        return terms.stream()
                .filter(t -> containsAll(t.words().toLowerCase(Locale.ROOT), wanted))
                .sorted(Comparator.<Term>comparingInt(t -> rankOfLevel.applyAsInt(t.level()))
                        .thenComparingInt(t -> t.words().length())
                        .thenComparing(Term::code))
                .limit(limit)
                .toList();
    }

    private static boolean containsAll(String text, String[] words) {
        String[] tokens = text.split("[^\\p{L}\\p{N}]+");
        for (String word : words) {
            // a word of the text starts with what was typed: "shrimp" finds "shrimps and prawns"
            boolean found = false;
            for (String token : tokens) {
                if (token.startsWith(word)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> csv(String path) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }

    /** One CSV line (RFC 4180 quoting, no line breaks inside fields in these files). */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
