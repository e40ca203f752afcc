package org.smenet.kit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    static final ReferenceData REFERENCE = new ReferenceData();

    @Test
    void loadsEveryRowOfTheSharedReferenceData() {
        assertThat(REFERENCE.economies()).hasSize(21).containsEntry("TW", "Chinese Taipei")
                .containsEntry("HK", "Hong Kong, China");
        assertThat(REFERENCE.hsCodesAtLevel(2)).hasSize(97);
        assertThat(REFERENCE.isicCodesAtLevel("section")).hasSize(21);
        assertThat(REFERENCE.isicCodesAtLevel("division")).hasSize(88);
        assertThat(REFERENCE.isicCodesAtLevel("group")).hasSize(238);
        assertThat(REFERENCE.isicCodesAtLevel("class")).hasSize(419);
    }

    @Test
    void aSubheadingLiesUnderItsHeadingAndChapter() {
        assertThat(REFERENCE.hsLineage("090111")).containsExactly("090111", "0901", "09");
        assertThat(REFERENCE.hsUnder("090111", "09")).isTrue();
        assertThat(REFERENCE.hsUnder("090111", "0902")).isFalse();
        assertThat(REFERENCE.hs("0901").orElseThrow().description()).containsIgnoringCase("coffee");
    }

    @Test
    void anIsicClassLiesUnderItsGroupDivisionAndSection() {
        assertThat(REFERENCE.isicLineage("1010")).containsExactly("1010", "101", "10", "C");
        assertThat(REFERENCE.isicLineage("0111")).containsExactly("0111", "011", "01", "A");
        assertThat(REFERENCE.isicUnder("6201", "J")).isTrue();
        assertThat(REFERENCE.isicUnder("6201", "C")).isFalse();
    }

    @Test
    void unknownCodesAreNotCodes() {
        assertThat(REFERENCE.isHsCode("090110")).isFalse();
        assertThat(REFERENCE.isHsCode(null)).isFalse();
        assertThat(REFERENCE.isIsicCode("9999")).isFalse();
        assertThat(REFERENCE.isApecEconomy("FR")).isFalse();
        assertThat(REFERENCE.hsLineage("123456")).isEmpty();
    }

    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() {
        assertThat(CsvRows.split("I,0101,\"Horses, asses; \"\"live\"\"\",01,4"))
                .containsExactly("I", "0101", "Horses, asses; \"live\"", "01", "4");
    }
}
