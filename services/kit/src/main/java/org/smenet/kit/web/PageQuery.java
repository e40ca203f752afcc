package org.smenet.kit.web;

import org.smenet.kit.errors.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Paging limits shared by every list endpoint: page from 0, size 1..100, at most 10,000 rows deep. */
public final class PageQuery {

    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;

    private PageQuery() {
    }

    public static PageRequest of(int page, int size, Sort sort) {
        if (page < 0) {
            throw RuleViolation.invalid("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
        // the last row of the page must lie within the depth: page 99 × size 100 ends at row 10,000
        if ((long) (page + 1) * size > MAX_DEPTH) {
            throw RuleViolation.invalid("page", "paging deeper than " + MAX_DEPTH + " rows is not served; narrow the filter");
        }
        return PageRequest.of(page, size, sort);
    }

    /** One page of {@code query} over {@code collection}, with the total count. */
    public static <T> Page<T> find(MongoTemplate mongo, Query query, Pageable page, Class<T> type, String collection) {
        long total = mongo.count(query, collection);
        return new PageImpl<>(mongo.find(Query.of(query).with(page), type, collection), page, total);
    }
}
