package org.smenet.testsupport.authz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.smenet.testsupport.TestTokens;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint of a service × every kind of caller → the exact status expected, written from the rules.
 * A service declares its callers (the columns), its rows, and how to make the state one call needs
 * ({@link Fixtures}); the matrix makes the calls, one fresh fixture a cell (so no cell's change decides
 * another's status), each caller with its token and a last column without any, and fails with a table of
 * every wrong cell, not just the first.
 *
 * <pre>{@code
 * static final AuthorizationMatrix<Fixture> MATRIX = AuthorizationMatrix.of(
 *         List.of(caller("OWNER", "CL", Fixture::owner, Role.SME), caller("OTHER", "CL", "org-cl-x", Role.SME)),
 *         row("GET", "/api/x/things", all(200)),
 *         row("PUT", "/api/x/things/{id}", "200 403"));
 *
 * MATRIX.assertListsExactly(ServedEndpoints.api(mappings));
 * MATRIX.verify(mvc, this); // the test implements Fixtures<Fixture>
 * }</pre>
 *
 * @param <F> what a cell's fixture holds (ids, the owner's organisation...)
 */
public final class AuthorizationMatrix<F> {

    /** The status a row expects without a token unless it says otherwise. */
    public static final int WITHOUT_TOKEN = 401;

    private final List<Caller<F>> callers;
    private final List<Row> rows;

    private AuthorizationMatrix(List<Caller<F>> callers, List<Row> rows) {
        this.callers = List.copyOf(callers);
        this.rows = List.copyOf(rows);
        Set<String> names = new TreeSet<>();
        for (Caller<F> caller : this.callers) {
            if (!names.add(caller.name())) {
                throw new IllegalArgumentException("two callers are named " + caller.name());
            }
        }
        for (Row row : this.rows) {
            if (row.statuses != null && row.statuses.length != this.callers.size()) {
                throw new IllegalArgumentException("%s has %d statuses for %d callers %s".formatted(row.endpoint(),
                        row.statuses.length, this.callers.size(), names()));
            }
        }
    }

    /** The matrix: {@code callers} in the order of every row's statuses, then the rows. */
    public static <F> AuthorizationMatrix<F> of(List<Caller<F>> callers, Row... rows) {
        return new AuthorizationMatrix<>(callers, List.of(rows));
    }

    /** A caller whose organisation is always {@code org}. */
    public static <F> Caller<F> caller(String name, String economy, String org, Enum<?>... roles) {
        Objects.requireNonNull(org, "org");
        return new Caller<>(name, economy, fixture -> org, Stream.of(roles).map(Enum::name).toList());
    }

    /** A caller whose organisation is the fixture's (the owner of the cell's enterprise, say). */
    public static <F> Caller<F> caller(String name, String economy, Function<? super F, String> org,
            Enum<?>... roles) {
        return new Caller<>(name, economy, org, Stream.of(roles).map(Enum::name).toList());
    }

    /** A row: {@code statuses} has one status a caller, in the callers' order, or is {@link #all(int)}. */
    public static Row row(String method, String path, String statuses) {
        String trimmed = statuses.trim();
        if (trimmed.startsWith(ALL)) {
            return new Row(method, path, null, Integer.parseInt(trimmed.substring(ALL.length()).trim()),
                    WITHOUT_TOKEN, null);
        }
        int[] parsed = Stream.of(trimmed.split("\\s+")).mapToInt(Integer::parseInt).toArray();
        return new Row(method, path, parsed, 0, WITHOUT_TOKEN, null);
    }

    private static final String ALL = "all ";

    /** The same status for every caller (with a token). */
    public static String all(int status) {
        return ALL + status;
    }

    public List<Caller<F>> callers() {
        return callers;
    }

    public List<Row> rows() {
        return rows;
    }

    /** How many calls {@link #verify} makes: every row for every caller and once without a token. */
    public int cells() {
        return rows.size() * (callers.size() + 1);
    }

    /** Every {@code "<METHOD> <path>"} the rows list. */
    public Set<String> endpoints() {
        Set<String> listed = new TreeSet<>();
        rows.forEach(row -> listed.add(row.endpoint()));
        return listed;
    }

    /** Fails unless the rows list exactly what the service serves (e.g. {@code ServedEndpoints.api}). */
    public void assertListsExactly(Set<String> served) {
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(endpoints());
        Set<String> extra = new TreeSet<>(endpoints());
        extra.removeAll(served);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new AssertionError("the matrix must list exactly the served endpoints"
                    + (missing.isEmpty() ? "" : "\n  served, but no row: " + String.join(", ", missing))
                    + (extra.isEmpty() ? "" : "\n  a row, but not served: " + String.join(", ", extra)));
        }
    }

    /** Makes every cell's call through {@code mvc}; fails with every wrong cell at once. */
    public void verify(MockMvc mvc, Fixtures<F> fixtures) {
        verify(call -> mvc.perform(call).andReturn().getResponse().getStatus(), fixtures);
    }

    /** As {@link #verify(MockMvc, Fixtures)}, through any exchange. */
    public void verify(Exchange exchange, Fixtures<F> fixtures) {
        MatrixOutcome outcome = new MatrixOutcome(rows, names());
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int c = 0; c <= callers.size(); c++) {
                Caller<F> caller = c < callers.size() ? callers.get(c) : null;
                int expected = caller == null ? row.withoutToken : row.expected(c);
                try {
                    outcome.record(r, c, expected, status(exchange, fixtures, row, caller));
                } catch (Exception | AssertionError e) {
                    outcome.failed(r, c, expected, e);
                }
            }
        }
        outcome.assertAsExpected();
    }

    private int status(Exchange exchange, Fixtures<F> fixtures, Row row, Caller<F> caller) throws Exception {
        F fixture = fixtures.fixture(row);
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(row.method()), fixtures.path(row, fixture));
        String body = fixtures.body(row, fixture);
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        fixtures.prepare(row, fixture, call);
        if (caller != null) {
            call.with(TestTokens.token(caller.economy(), caller.org().apply(fixture),
                    caller.roles().toArray(String[]::new)));
        }
        return exchange.status(call);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(callers.stream().map(Caller::name).toList());
        names.add("no token");
        return names;
    }

    /**
     * A kind of caller: a token of {@code economy} for an organisation (fixed, or the cell fixture's)
     * with {@code roles}.
     */
    public record Caller<F>(String name, String economy, Function<? super F, String> org, List<String> roles) {
    }

    /** One endpoint: the status each caller gets, the one without a token, and the state it is called in. */
    public static final class Row {

        private final String method;
        private final String path;
        private final int[] statuses;
        private final int everyone;
        private final int withoutToken;
        private final Object given;

        private Row(String method, String path, int[] statuses, int everyone, int withoutToken, Object given) {
            this.method = method;
            this.path = path;
            this.statuses = statuses;
            this.everyone = everyone;
            this.withoutToken = withoutToken;
            this.given = given;
        }

        /** This row, expecting {@code status} without a token (public endpoints: 200). */
        public Row withoutToken(int status) {
            return new Row(method, path, statuses, everyone, status, given);
        }

        /** This row, called in a state the fixtures read back with {@link #given(Class)} (a stage, say). */
        public Row given(Object state) {
            return new Row(method, path, statuses, everyone, withoutToken, state);
        }

        public <T> T given(Class<T> type) {
            return type.cast(given);
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        public String endpoint() {
            return method + " " + path;
        }

        int expected(int caller) {
            return statuses == null ? everyone : statuses[caller];
        }

        @Override
        public String toString() {
            return endpoint() + (given == null ? "" : " given " + given) + " "
                    + (statuses == null ? all(everyone) : Arrays.toString(statuses)) + ", no token " + withoutToken;
        }
    }

    /** What the service supplies for every cell. */
    public interface Fixtures<F> {

        /** Fresh state for one call of {@code row}; made again for every cell. */
        F fixture(Row row) throws Exception;

        /** The path to call: the row's, its variables filled from the fixture. */
        default String path(Row row, F fixture) {
            return row.path();
        }

        /** The JSON body, or {@code null} for none (and no content type). */
        default String body(Row row, F fixture) {
            return null;
        }

        /** Anything else the call needs: a query parameter, an {@code If-Match}. */
        default void prepare(Row row, F fixture, MockHttpServletRequestBuilder call) {
        }
    }

    /** Makes one call and answers its status. */
    @FunctionalInterface
    public interface Exchange {
        int status(MockHttpServletRequestBuilder call) throws Exception;
    }
}
