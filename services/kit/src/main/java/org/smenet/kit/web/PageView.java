package org.smenet.kit.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A page of results as the API returns it (never Spring's Page serialisation). */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <D, T> PageView<T> of(Page<D> page, Function<D, T> mapping) {
        return new PageView<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
