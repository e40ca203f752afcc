package org.smenet.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smenet.portal.reference.Vocabulary;

/**
 * A match's reasons in the reader's language: each becomes a message key ({@code reason.*} in the bundles) and
 * its codes are put in words ("coffee, not roasted (090111)" rather than "090111").
 */
final class Reasons {

    /** One reason to show: the message key, what is yours and theirs in words, and its weight. */
    record InWords(String key, String yours, String theirs, Object weight, String text) {
    }

    private Reasons() {
    }

    static List<InWords> inWords(Object reasons, Vocabulary vocabulary) {
        List<InWords> out = new ArrayList<>();
        if (!(reasons instanceof List<?> list)) {
            return out;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> reason)) {
                continue;
            }
            String kind = String.valueOf(reason.get("kind"));
            String direction = String.valueOf(reason.get("direction"));
            boolean youSeek = "YOU_SEEK".equals(direction);
            boolean theirs = "THEIRS".equals(direction);
            String key = switch (kind) {
                case "HS_SUBHEADING", "HS_HEADING", "HS_CHAPTER" -> youSeek ? "reason.hs.youSeek" : "reason.hs.theySeek";
                case "ISIC_CLASS", "ISIC_GROUP", "ISIC_DIVISION" -> "reason.isic";
                case "COOPERATION" -> youSeek ? "reason.cooperation.youSeek" : "reason.cooperation.theySeek";
                case "TARGET_MARKET" -> youSeek ? "reason.market.youSeek" : "reason.market.theySeek";
                case "CERTIFICATION" -> youSeek ? "reason.certification.youSeek" : "reason.certification.theySeek";
                case "LANGUAGE" -> "reason.language";
                case "VERIFIED" -> theirs ? "reason.verified.theirs" : "reason.verified.yours";
                case "RECENT_ACTIVITY" -> theirs ? "reason.active.theirs" : "reason.active.yours";
                default -> "reason.other";
            };
            out.add(new InWords(key, words(reason.get("yours"), vocabulary), words(reason.get("theirs"), vocabulary),
                    reason.get("weight"), reason.get("text") == null ? kind : String.valueOf(reason.get("text"))));
        }
        return out;
    }

    private static String words(Object code, Vocabulary vocabulary) {
        if (code == null) {
            return "";
        }
        String value = String.valueOf(code);
        return vocabulary.describe(value).replace('_', ' ');
    }
}
