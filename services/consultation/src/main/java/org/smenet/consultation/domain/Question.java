package org.smenet.consultation.domain;

import java.util.List;

/** One question of a consultation; {@code options} only for single and multiple choice. */
public record Question(String id, QuestionKind kind, String text, List<String> options) {

    public static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

    /** The answers a summary counts: the options, the scale points, or nothing for free text. */
    public List<String> countedAnswers() {
        return switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options;
            case AGREEMENT_SCALE -> SCALE;
            case FREE_TEXT -> List.of();
        };
    }
}
