package org.smenet.contracts.training;

import java.time.Instant;

/**
 * An SME of one economy asks the node of another economy to enrol its enterprise in a network-visible
 * online course of that economy (federation: nodes never call each other). Published by the enterprise's
 * home node on its public request topic; {@code ce_sequence} is the request's version (a retry after a
 * rejection is a newer one). Only ids cross: the enterprise, the organisation that owns it, the course.
 */
public record EnrolmentRequested(
        String requestId,
        String economy,
        String targetEconomy,
        String courseId,
        String enterpriseId,
        String ownerOrg,
        Instant at) {
}
