package org.smenet.registry.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.smenet.kit.web.Patterns;
import java.util.List;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;

/** Designation of a focal point by the economy administrator. */
public record FocalPointRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull FocalPointKind kind,
        @NotEmpty @Size(max = 6) List<@NotNull FocalPointFunction> functions,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.ORG, message = "letters, digits, '.', '_' and '-' only")
        String org,
        @Size(max = 300) @Pattern(regexp = Patterns.URL, message = "an http(s) URL") String website,
        @Size(max = 10) List<@Valid ContactPersonRequest> contacts) {

    public record ContactPersonRequest(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 120) String role,
            @Email @Size(max = 200) String email,
            @Size(max = 40) @Pattern(regexp = Patterns.PHONE) String phone) {
    }
}
