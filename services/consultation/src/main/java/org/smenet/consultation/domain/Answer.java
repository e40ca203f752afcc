package org.smenet.consultation.domain;

import java.util.List;

/** An answer to one question: text (free text), choices (single/multiple choice) or scale (1–5). */
public record Answer(String questionId, String text, List<String> choices, Integer scale) {
}
