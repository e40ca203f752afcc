package org.smenet.opportunities.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.kit.web.Patterns;
import org.smenet.opportunities.domain.Contact;
import org.smenet.opportunities.domain.OpportunityRules;

/** An opportunity as its publisher writes it; origin economy and publisher come from the token. */
public record OpportunityRequest(
        @NotNull OpportunityKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = OpportunityRules.MAX_DESCRIPTION) String description,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = Patterns.HS, message = "an HS 2022 code has 2, 4 or 6 digits") String> hsCodes,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = Patterns.ISIC, message = "an ISIC Rev.4 code is a section letter or 2 to 4 digits") String> isicCodes,
        @Size(max = 21) List<@NotBlank @Pattern(regexp = Patterns.ECONOMY, message = "an ISO 3166 alpha-2 code") String> targetEconomies,
        CooperationType cooperationType,
        @PositiveOrZero Long valueMin,
        @PositiveOrZero Long valueMax,
        @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 currency code") String currency,
        @NotNull Instant deadline,
        @Size(max = 10) List<@NotBlank @Pattern(regexp = Patterns.LANGUAGE, message = "an ISO 639 language code") String> languages,
        boolean networkVisible,
        @Valid ContactRequest contact) {

    public record ContactRequest(
            @Size(max = 120) String name,
            @Email @Size(max = 200) String email,
            @Size(max = 40) @Pattern(regexp = Patterns.PHONE, message = "digits, spaces, +, (, ) and - only") String phone) {

        public Contact toContact() {
            return new Contact(name, email, phone);
        }
    }

    public OpportunityDetails toDetails() {
        return new OpportunityDetails(title.strip(), description.strip(), orEmpty(hsCodes), orEmpty(isicCodes),
                orEmpty(targetEconomies), cooperationType, valueMin, valueMax, currency, deadline, orEmpty(languages),
                networkVisible);
    }

    public Contact toContact() {
        return contact == null ? null : contact.toContact();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
