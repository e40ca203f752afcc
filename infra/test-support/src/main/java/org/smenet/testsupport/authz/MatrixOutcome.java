package org.smenet.testsupport.authz;

import java.util.ArrayList;
import java.util.List;
import org.smenet.testsupport.authz.AuthorizationMatrix.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every cell of a matrix answered; fails with a table of the rows holding a wrong cell, a column a
 * caller: {@code .} where the status was as expected, {@code expected → actual} where it was not
 * ({@code ERR} where the cell threw, its exception listed under the table and attached as suppressed).
 */
final class MatrixOutcome {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrix.class);

    private final List<Row> rows;
    private final List<String> columns;
    private final String[][] wrong;
    private final List<Throwable> errors = new ArrayList<>();
    private final List<String> errorLines = new ArrayList<>();
    private int cells;
    private int wrongCells;

    MatrixOutcome(List<Row> rows, List<String> columns) {
        this.rows = rows;
        this.columns = columns;
        this.wrong = new String[rows.size()][columns.size()];
    }

    void record(int row, int column, int expected, int actual) {
        cells++;
        if (actual != expected) {
            wrongCells++;
            wrong[row][column] = expected + " → " + actual;
        }
    }

    void failed(int row, int column, int expected, Throwable error) {
        cells++;
        wrongCells++;
        wrong[row][column] = expected + " → ERR";
        errors.add(error);
        errorLines.add("  %s as %s: %s".formatted(rows.get(row).endpoint(), columns.get(column), error));
    }

    void assertAsExpected() {
        if (wrongCells == 0) {
            log.info("Authorization matrix: {} rows × {} callers (and no token) = {} cells, all as expected",
                    rows.size(), columns.size() - 1, cells);
            return;
        }
        AssertionError failure = new AssertionError(table());
        errors.forEach(failure::addSuppressed);
        throw failure;
    }

    String table() {
        List<Integer> shown = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (String cell : wrong[r]) {
                if (cell != null) {
                    shown.add(r);
                    break;
                }
            }
        }
        int first = "endpoint".length();
        for (int r : shown) {
            first = Math.max(first, label(r).length());
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (int r : shown) {
                widths[c] = Math.max(widths[c], cell(r, c).length());
            }
        }
        StringBuilder table = new StringBuilder("Authorization matrix: %d of %d cells wrong (expected → actual; . as expected)\n"
                .formatted(wrongCells, cells));
        table.append(line("endpoint", columns::get, widths, first));
        for (int r : shown) {
            int row = r;
            table.append('\n').append(line(label(r), c -> cell(row, c), widths, first));
        }
        if (!errorLines.isEmpty()) {
            table.append("\ncells that threw:\n").append(String.join("\n", errorLines));
        }
        return table.toString();
    }

    private static String line(String first, java.util.function.IntFunction<String> cell, int[] widths, int width) {
        StringBuilder line = new StringBuilder(pad(first, width));
        for (int c = 0; c < widths.length; c++) {
            line.append(" | ").append(pad(cell.apply(c), widths[c]));
        }
        return line.toString().stripTrailing();
    }

    private String label(int row) {
        return rows.get(row).endpoint();
    }

    private String cell(int row, int column) {
        return wrong[row][column] == null ? "." : wrong[row][column];
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
