package org.smenet.consultation.app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smenet.kit.web.Patterns;

/** The small bodies of the lifecycle and moderation commands. */
public final class ModerationRequests {

    private ModerationRequests() {
    }

    /** Hiding a submission: why (shown to its author). */
    public record Hiding(@NotBlank @Size(max = 1000) String reason) {
    }

    /** Summarising a closed consultation: the outcome note that goes back to the government and the network. */
    public record Summarising(@NotBlank @Size(max = 20_000) String outcome) {
    }

    /** Forming an expert group of a sector. */
    public record ExpertGroupRequest(@NotBlank @Size(max = 300) String name,
            @NotBlank @Pattern(regexp = Patterns.ISIC) String sectorIsic,
            @NotEmpty @Size(max = 100) List<@NotBlank @Pattern(regexp = Patterns.ORG) String> members) {
    }

    /** An expert group's review note on a consultation. */
    public record ReviewRequest(@NotBlank @Pattern(regexp = Patterns.ID) String consultationId,
            @NotBlank @Size(max = 20_000) String note) {
    }
}
