package org.smenet.contracts.consultation;

/** An enterprise whose HS or ISIC codes a consultation affects, and the organisation to notify. */
public record AffectedEnterprise(String enterpriseId, String economy, String ownerOrg) {
}
