package org.smenet.consultation.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smenet.kit.web.Patterns;

/** A submission (also the body of a PUT, which replaces it whole). */
public record SubmissionRequest(
        @NotNull @Size(max = 100) List<@Valid @NotNull AnswerRequest> answers,
        @Size(max = 200) List<@Valid @NotNull CommentRequest> comments,
        Boolean confidential) {

    /** Public unless said otherwise. */
    public boolean isConfidential() {
        return Boolean.TRUE.equals(confidential);
    }

    public record AnswerRequest(@NotBlank @Pattern(regexp = Patterns.ID) String questionId,
            @Size(max = 10_000) String text,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> choices,
            Integer scale) {
    }

    public record CommentRequest(@NotNull @Min(1) Integer section, @NotBlank @Size(max = 10_000) String text) {
    }
}
