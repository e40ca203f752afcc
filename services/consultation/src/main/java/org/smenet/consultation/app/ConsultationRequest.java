package org.smenet.consultation.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.smenet.consultation.domain.QuestionKind;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.PolicyArea;
import org.smenet.kit.web.Patterns;

/** A consultation draft as the focal point writes it (also the body of a PUT: fields left out are cleared). */
public record ConsultationRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) String summary,
        @NotNull PolicyArea policyArea,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = Patterns.HS) String> hsCodes,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = Patterns.ISIC) String> isicCodes,
        @Size(max = 21) List<@NotBlank @Pattern(regexp = Patterns.ECONOMY) String> economiesConcerned,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull SectionRequest> sections,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull QuestionRequest> questions,
        @NotNull Audience audience,
        Instant opensAt,
        @NotNull Instant closesAt) {

    public record SectionRequest(@NotNull @Min(1) @Max(200) Integer number, @NotBlank @Size(max = 300) String heading,
            @Size(max = 50_000) String text) {
    }

    public record QuestionRequest(@NotBlank @Pattern(regexp = Patterns.ID) String id, @NotNull QuestionKind kind,
            @NotBlank @Size(max = 2000) String text,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> options) {
    }
}
