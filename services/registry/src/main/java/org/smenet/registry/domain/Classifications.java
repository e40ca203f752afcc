package org.smenet.registry.domain;

/** What the domain needs to know of HS 2022, ISIC Rev.4 and the APEC economies. */
public interface Classifications {

    boolean isHsCode(String code);

    boolean isIsicCode(String code);

    boolean isApecEconomy(String code);
}
