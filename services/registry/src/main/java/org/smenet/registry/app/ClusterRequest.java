package org.smenet.registry.app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.smenet.kit.web.Patterns;

public record ClusterRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = Patterns.ISIC, message = "an ISIC Rev.4 code") String sectorIsic,
        @Size(max = 120) String region,
        @NotBlank @Pattern(regexp = Patterns.ID) String coordinatorFocalPointId,
        @Size(max = 2000) String description) {
}
