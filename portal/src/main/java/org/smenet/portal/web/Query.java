package org.smenet.portal.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Builds a service path with only the parameters that have a value. */
final class Query {

    private final UriComponentsBuilder builder;

    private Query(String path) {
        this.builder = UriComponentsBuilder.fromPath(path);
    }

    static Query of(String path) {
        return new Query(path);
    }

    Query with(String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            builder.queryParam(name, value);
        }
        return this;
    }

    String build() {
        return builder.encode().build().toUriString();
    }
}
