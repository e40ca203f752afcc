package org.smenet.kit.authority;

import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * One focal-point designation as this service knows it from {@code smenet.registry.focal-point.v1}:
 * which organisation acts for which economy, as what kind of institution, with which functions, and
 * whether it still stands. Functions and kind are kept as strings so a value added to the contract
 * later never makes an older service drop the record.
 */
public record Designation(
        @Id String focalPointId,
        long sequence,
        String economy,
        String org,
        String name,
        String kind,
        List<String> functions,
        boolean active) {

    public boolean has(String function) {
        return functions != null && functions.contains(function);
    }
}
