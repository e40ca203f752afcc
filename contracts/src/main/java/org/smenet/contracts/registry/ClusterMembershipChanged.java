package org.smenet.contracts.registry;

import java.time.Instant;

/** Carried by the member-joined and member-left event types. */
public record ClusterMembershipChanged(String clusterId, String economy, String enterpriseId, Instant at) {
}
