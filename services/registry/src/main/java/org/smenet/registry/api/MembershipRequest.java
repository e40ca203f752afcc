package org.smenet.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record MembershipRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String enterpriseId) {
}
