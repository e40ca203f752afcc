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
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.registry.domain.Enterprise;

/**
 * An enterprise profile as an SME submits it. {@code registrationNumber} is required when registering
 * and ignored on updates (it identifies the firm in its economy and never changes).
 */
public record EnterpriseRequest(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./-]*", message = "letters, digits, '.', '/' and '-' only")
        String registrationNumber,
        @NotBlank @Size(max = 200) String legalName,
        @NotNull SizeClass sizeClass,
        Integer yearFounded,
        @NotEmpty @Size(max = 20) List<@NotBlank @Pattern(regexp = Patterns.ISIC, message = "an ISIC Rev.4 code is a section letter or 2 to 4 digits") String> isicCodes,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = Patterns.HS, message = "an HS 2022 code has 2, 4 or 6 digits") String> hsOffered,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = Patterns.HS, message = "an HS 2022 code has 2, 4 or 6 digits") String> hsSought,
        @Size(max = 7) List<@NotNull CooperationType> cooperationOffered,
        @Size(max = 7) List<@NotNull CooperationType> cooperationSought,
        @Size(max = 21) List<@NotBlank @Pattern(regexp = Patterns.ECONOMY, message = "an ISO 3166 alpha-2 code") String> targetEconomies,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> certifications,
        @Size(max = 10) List<@NotBlank @Pattern(regexp = Patterns.LANGUAGE, message = "an ISO 639 language code") String> languages,
        @Size(max = 300) @Pattern(regexp = Patterns.URL, message = "an http(s) URL") String website,
        @Valid ContactRequest contact,
        boolean publicProfile) {

    public record ContactRequest(
            @Size(max = 120) String name,
            @Email @Size(max = 200) String email,
            @Size(max = 40) @Pattern(regexp = Patterns.PHONE, message = "digits, spaces, +, (, ) and - only") String phone) {
    }

    public EnterpriseProfile toProfile() {
        return new EnterpriseProfile(legalName.strip(), sizeClass, yearFounded, List.copyOf(isicCodes),
                orEmpty(hsOffered), orEmpty(hsSought), orEmpty(cooperationOffered), orEmpty(cooperationSought),
                orEmpty(targetEconomies), orEmpty(certifications), orEmpty(languages), website, publicProfile);
    }

    public Enterprise.Contact toContact() {
        return contact == null ? null : new Enterprise.Contact(contact.name(), contact.email(), contact.phone());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
