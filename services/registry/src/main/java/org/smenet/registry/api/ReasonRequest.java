package org.smenet.registry.api;

import jakarta.validation.constraints.Size;

/** An optional reason given with a lifecycle action. */
public record ReasonRequest(@Size(max = 500) String reason) {
}
