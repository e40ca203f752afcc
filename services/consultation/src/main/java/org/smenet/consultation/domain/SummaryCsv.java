package org.smenet.consultation.domain;

import java.util.Map;

/**
 * A summary as one CSV table (RFC 4180): one row per question and answer for all respondents, then one
 * per breakdown group (dimension sector, economy or size), then one per commented section.
 */
public final class SummaryCsv {

    public static final String HEADER = "questionId,question,answer,dimension,group,count,share";

    private SummaryCsv() {
    }

    public static String of(Summary summary) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Summary.QuestionSummary q : summary.questions()) {
            row(out, q.questionId(), q.text(), "", "answered", "all", q.answered(), "");
            for (Summary.AnswerCount a : q.answers()) {
                row(out, q.questionId(), q.text(), a.answer(), "all", "all", a.count(), String.valueOf(a.share()));
                dimension(out, q, a, "sector", a.breakdown().bySector());
                dimension(out, q, a, "economy", a.breakdown().byEconomy());
                dimension(out, q, a, "size", a.breakdown().bySize());
            }
        }
        for (Summary.SectionComments s : summary.mostCommentedSections()) {
            row(out, "", "section " + s.section() + ": " + s.heading(), "", "comments", String.valueOf(s.section()),
                    s.comments(), "");
        }
        return out.toString();
    }

    private static void dimension(StringBuilder out, Summary.QuestionSummary q, Summary.AnswerCount a, String name,
            Map<String, Long> groups) {
        groups.forEach((group, count) -> row(out, q.questionId(), q.text(), a.answer(), name, group, count, ""));
    }

    private static void row(StringBuilder out, String id, String text, String answer, String dimension, String group,
            long count, String share) {
        out.append(cell(id)).append(',').append(cell(text)).append(',').append(cell(answer)).append(',')
                .append(dimension).append(',').append(cell(group)).append(',').append(count).append(',').append(share)
                .append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would be run as a formula by spreadsheets
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
