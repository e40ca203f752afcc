package org.smenet.kit.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classifications the network speaks: HS 2022 (chapters, headings, subheadings), ISIC Rev.4
 * (sections, divisions, groups, classes) and the 21 APEC economies, loaded once from the copies of
 * {@code shared/reference-data} on the classpath.
 */
public class ReferenceData {

    public record Code(String code, String description, String parent, String level) {
    }

    private final Map<String, Code> hs = new LinkedHashMap<>();
    private final Map<String, Code> isic = new LinkedHashMap<>();
    private final Map<String, String> economies = new LinkedHashMap<>();

    public ReferenceData() {
        for (String[] row : CsvRows.read("/reference-data/hs2022.csv")) {
            // section,hscode,description,parent,level
            hs.put(row[1], new Code(row[1], row[2], "TOTAL".equals(row[3]) ? null : row[3], row[4]));
        }
        String section = null;
        String division = null;
        String group = null;
        for (String[] row : CsvRows.read("/reference-data/isic-rev4.csv")) {
            // code,title,level — rows come in hierarchy order, so each row's parent is the last row one level up
            String code = row[0];
            String level = row[2];
            String parent = switch (level) {
                case "section" -> null;
                case "division" -> section;
                case "group" -> division;
                default -> group;
            };
            switch (level) {
                case "section" -> section = code;
                case "division" -> division = code;
                case "group" -> group = code;
                default -> { }
            }
            isic.put(code, new Code(code, row[1], parent, level));
        }
        for (String[] row : CsvRows.read("/reference-data/apec-economies.csv")) {
            economies.put(row[0], row[1]);
        }
    }

    public boolean isHsCode(String code) {
        return code != null && hs.containsKey(code);
    }

    public boolean isIsicCode(String code) {
        return code != null && isic.containsKey(code);
    }

    public boolean isApecEconomy(String code) {
        return code != null && economies.containsKey(code);
    }

    public Optional<Code> hs(String code) {
        return Optional.ofNullable(hs.get(code));
    }

    public Optional<Code> isic(String code) {
        return Optional.ofNullable(isic.get(code));
    }

    public Optional<String> economyName(String code) {
        return Optional.ofNullable(economies.get(code));
    }

    public Map<String, String> economies() {
        return Collections.unmodifiableMap(economies);
    }

    /** The code and every code above it, most specific first: 090111 → [090111, 0901, 09]. */
    public List<String> hsLineage(String code) {
        return lineage(hs, code);
    }

    /** The code and every code above it: 1010 → [1010, 101, 10, C]. */
    public List<String> isicLineage(String code) {
        return lineage(isic, code);
    }

    /**
     * Every code of the given lists with all its ancestors, each once: what a document stores so that a
     * filter on a chapter or heading finds the subheadings below it by equality.
     */
    @SafeVarargs
    public final List<String> hsIndex(List<String>... codeLists) {
        return index(hs, codeLists);
    }

    /** Every ISIC code of the given lists with its group, division and section, each once. */
    @SafeVarargs
    public final List<String> isicIndex(List<String>... codeLists) {
        return index(isic, codeLists);
    }

    public boolean hsUnder(String code, String ancestor) {
        return hsLineage(code).contains(ancestor);
    }

    public boolean isicUnder(String code, String ancestor) {
        return isicLineage(code).contains(ancestor);
    }

    /** Every code of a given HS level (2, 4 or 6 digits). */
    public List<String> hsCodesAtLevel(int digits) {
        return hs.keySet().stream().filter(c -> c.length() == digits).toList();
    }

    /** Every ISIC code of a level: section, division, group or class. */
    public List<String> isicCodesAtLevel(String level) {
        return isic.values().stream().filter(c -> c.level().equals(level)).map(Code::code).toList();
    }

    @SafeVarargs
    private static List<String> index(Map<String, Code> codes, List<String>... codeLists) {
        java.util.Set<String> index = new java.util.LinkedHashSet<>();
        for (List<String> list : codeLists) {
            if (list != null) {
                list.forEach(code -> index.addAll(lineage(codes, code)));
            }
        }
        return List.copyOf(index);
    }

    private static List<String> lineage(Map<String, Code> codes, String code) {
        List<String> lineage = new ArrayList<>();
        Code current = code == null ? null : codes.get(code);
        while (current != null) {
            lineage.add(current.code());
            current = current.parent() == null ? null : codes.get(current.parent());
        }
        return lineage;
    }
}
