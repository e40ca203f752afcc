package org.smenet.consultation.domain;

/** A comment anchored to a numbered section of the consultation document. */
public record Comment(int section, String text) {
}
