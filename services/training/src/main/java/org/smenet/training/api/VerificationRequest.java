package org.smenet.training.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A credential someone shows: the compact JWS. */
public record VerificationRequest(@NotBlank @Size(max = 20_000) String credential) {
}
