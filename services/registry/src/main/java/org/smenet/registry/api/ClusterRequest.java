package org.smenet.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ClusterRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-U]|\\d{2,4}", message = "an ISIC Rev.4 code") String sectorIsic,
        @Size(max = 120) String region,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String coordinatorFocalPointId,
        @Size(max = 2000) String description) {
}
