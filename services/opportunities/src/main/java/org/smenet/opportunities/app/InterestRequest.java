package org.smenet.opportunities.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An SME's expression of interest: a message for the publisher and how to reach the SME. */
public record InterestRequest(@NotBlank @Size(max = 2000) String message,
        @Valid OpportunityRequest.ContactRequest contact) {
}
