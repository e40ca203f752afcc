package org.smenet.consultation.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Answers must fit the questions they answer; comments must anchor to a section that exists. */
public final class AnswerRules {

    private AnswerRules() {
    }

    public static void check(Consultation consultation, List<Answer> answers, List<Comment> comments) {
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            String at = "answers[" + i + "]";
            Question q = consultation.question(a.questionId());
            if (q == null) {
                throw new InvalidInput(at + ".questionId", "consultation " + consultation.id()
                        + " has no question " + a.questionId());
            }
            if (!answered.add(q.id())) {
                throw new InvalidInput(at + ".questionId", "question " + q.id() + " is answered twice");
            }
            List<String> choices = a.choices() == null ? List.of() : a.choices();
            switch (q.kind()) {
                case FREE_TEXT -> {
                    if (a.text() == null || a.text().isBlank() || !choices.isEmpty() || a.scale() != null) {
                        throw new InvalidInput(at + ".text", "question " + q.id() + " takes a text answer only");
                    }
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    if (a.text() != null || a.scale() != null || choices.isEmpty()) {
                        throw new InvalidInput(at + ".choices", "question " + q.id() + " takes choices among "
                                + q.options());
                    }
                    if (q.kind() == QuestionKind.SINGLE_CHOICE && choices.size() != 1) {
                        throw new InvalidInput(at + ".choices", "question " + q.id() + " takes exactly one choice");
                    }
                    if (new HashSet<>(choices).size() != choices.size()) {
                        throw new InvalidInput(at + ".choices", "a choice is repeated");
                    }
                    for (String c : choices) {
                        if (!q.options().contains(c)) {
                            throw new InvalidInput(at + ".choices", "'" + c + "' is not an option of question "
                                    + q.id() + " " + q.options());
                        }
                    }
                }
                case AGREEMENT_SCALE -> {
                    if (a.scale() == null || a.scale() < 1 || a.scale() > 5 || a.text() != null || !choices.isEmpty()) {
                        throw new InvalidInput(at + ".scale", "question " + q.id()
                                + " takes a scale from 1 (strongly disagree) to 5 (strongly agree)");
                    }
                }
            }
        }
        for (int i = 0; i < comments.size(); i++) {
            if (!consultation.hasSection(comments.get(i).section())) {
                throw new InvalidInput("comments[" + i + "].section", "the document has sections 1 to "
                        + consultation.sections().size());
            }
        }
    }
}
