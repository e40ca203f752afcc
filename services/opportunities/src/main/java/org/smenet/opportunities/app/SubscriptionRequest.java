package org.smenet.opportunities.app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.kit.web.Patterns;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.domain.SubscriptionFilters;

/** A subscription as a subscriber asks for it; a webhook needs its URL. */
public record SubscriptionRequest(
        @NotNull Subscription.Channel channel,
        @Size(max = 2000) String webhookUrl,
        @Size(max = 9) List<@NotNull OpportunityKind> kinds,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = Patterns.HS, message = "an HS 2022 code has 2, 4 or 6 digits") String> hsPrefixes,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = Patterns.ISIC, message = "an ISIC Rev.4 code is a section letter or 2 to 4 digits") String> isicPrefixes,
        @Size(max = 21) List<@NotBlank @Pattern(regexp = Patterns.ECONOMY, message = "an ISO 3166 alpha-2 code") String> originEconomies,
        @Size(max = 21) List<@NotBlank @Pattern(regexp = Patterns.ECONOMY, message = "an ISO 3166 alpha-2 code") String> targetEconomies,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> keywords) {

    public SubscriptionFilters toFilters() {
        return new SubscriptionFilters(OpportunityRequest.orEmpty(kinds), OpportunityRequest.orEmpty(hsPrefixes),
                OpportunityRequest.orEmpty(isicPrefixes), OpportunityRequest.orEmpty(originEconomies),
                OpportunityRequest.orEmpty(targetEconomies), OpportunityRequest.orEmpty(keywords));
    }
}
