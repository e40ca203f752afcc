package org.smenet.opportunities.domain;

/** The reference codes an opportunity may name. */
public interface Classifications {

    boolean isHsCode(String code);

    boolean isIsicCode(String code);

    boolean isApecEconomy(String code);
}
