package org.smenet.matchmaking.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids for the words the index stores as numbers: economies, certifications, languages. */
final class Vocabulary {

    /** Economies get the low ids first, so that up to 64 of them fit a target mask. */
    static final int MASK_BITS = 64;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    synchronized int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
        }
        return id;
    }

    synchronized String word(int id) {
        return words.get(id);
    }

    synchronized int size() {
        return words.size();
    }
}
