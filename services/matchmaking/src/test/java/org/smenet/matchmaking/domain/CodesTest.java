package org.smenet.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void hsCodesMeetAtTheirClosestCommonLevel() {
        assertThat(Codes.hsMeet(Codes.hs("090240"), Codes.hs("090240"))).isEqualTo(Codes.EXACT);
        assertThat(Codes.hsMeet(Codes.hs("0902"), Codes.hs("090240"))).isEqualTo(Codes.MIDDLE);
        assertThat(Codes.hsMeet(Codes.hs("090210"), Codes.hs("090240"))).isEqualTo(Codes.MIDDLE);
        assertThat(Codes.hsMeet(Codes.hs("090111"), Codes.hs("090240"))).isEqualTo(Codes.TOP);
        assertThat(Codes.hsMeet(Codes.hs("09"), Codes.hs("090240"))).isEqualTo(Codes.TOP);
        assertThat(Codes.hsMeet(Codes.hs("080450"), Codes.hs("090240"))).isEqualTo(Codes.NONE);
    }

    @Test
    void isicCodesMeetAtClassGroupOrDivision() {
        assertThat(Codes.isicMeet(Codes.isic("1079"), Codes.isic("1079"))).isEqualTo(Codes.EXACT);
        assertThat(Codes.isicMeet(Codes.isic("1079"), Codes.isic("1075"))).isEqualTo(Codes.MIDDLE);
        assertThat(Codes.isicMeet(Codes.isic("107"), Codes.isic("1079"))).isEqualTo(Codes.MIDDLE);
        assertThat(Codes.isicMeet(Codes.isic("1079"), Codes.isic("1050"))).isEqualTo(Codes.TOP);
        assertThat(Codes.isicMeet(Codes.isic("1079"), Codes.isic("2610"))).isEqualTo(Codes.NONE);
    }

    @Test
    void packedCodesReadBackAsWritten() {
        for (String code : new String[] {"09", "0901", "090111", "010121"}) {
            assertThat(Codes.hsText(Codes.hs(code))).isEqualTo(code);
        }
        for (String code : new String[] {"01", "012", "0127", "1079"}) {
            assertThat(Codes.isicText(Codes.isic(code))).isEqualTo(code);
        }
        assertThat(Codes.hs("9011")).isPositive();
        assertThat(Codes.hs("90111")).isEqualTo(-1);
        assertThat(Codes.isic("C")).isEqualTo(-1);
    }

    @Test
    void everyRealCodeReadsBackAsWritten() {
        var reference = new org.smenet.kit.reference.ReferenceData();
        int read = 0;
        for (int digits : new int[] {2, 4, 6}) {
            for (String code : reference.hsCodesAtLevel(digits)) {
                assertThat(Codes.hsText(Codes.hs(code))).isEqualTo(code);
                read++;
            }
        }
        for (String level : new String[] {"division", "group", "class"}) {
            for (String code : reference.isicCodesAtLevel(level)) {
                assertThat(Codes.isicText(Codes.isic(code))).isEqualTo(code);
                read++;
            }
        }
        assertThat(read).as("HS 2022 and ISIC Rev.4 codes read back").isGreaterThan(6_000);
    }
}
