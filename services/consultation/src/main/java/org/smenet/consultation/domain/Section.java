package org.smenet.consultation.domain;

/** A numbered section of the consultation document; comments anchor to its number. */
public record Section(int number, String heading, String text) {
}
