package org.smenet.opportunities.api;

import jakarta.validation.constraints.Size;

/** Why a reviewer acted. */
public record ReasonRequest(@Size(max = 2000) String reason) {
}
