package org.strategybot.planadmin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a sheet's header row is and which column holds each field. Rows above it (titles, notes, a logo's
 * caption) are passed over: the header is the first of the opening rows that names an action's title and at
 * least two other fields.
 *
 * @param ignored headers of columns that hold none of the fields, for the dry run to show
 */
record Header(int row, Map<Field, Integer> columns, Map<Field, String> names, List<String> ignored) {

    /** The fields of a plan row, each named in plan-import/columns.txt as its name without case or underscores. */
    enum Field {
        PRIORITY, CODE, TITLE, OWNER, OWNER_EMAIL, BUSINESS_AREA, DUE, RAG, PERCENT, NOTE;

        static Field of(String key) {
            return Arrays.stream(values()).filter(f -> f.name().replace("_", "").equalsIgnoreCase(key))
                    .findFirst().orElseThrow(() -> new IllegalStateException("plan-import/columns.txt: no field " + key));
        }
    }

    private static final int SEARCHED_ROWS = 30;

    static Optional<Header> find(Sheet sheet) {
        for (Sheet.Row row : sheet.rows().subList(0, Math.min(SEARCHED_ROWS, sheet.rows().size()))) {
            Map<Field, Integer> columns = new EnumMap<>(Field.class);
            Map<Field, String> names = new EnumMap<>(Field.class);
            List<String> ignored = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i).text().trim();
                if (text.isEmpty()) {
                    continue;
                }
                Optional<Field> field = Vocabulary.COLUMNS.key(text).map(Field::of);
                if (field.isPresent() && !columns.containsKey(field.get())) {
                    columns.put(field.get(), i);
                    names.put(field.get(), text);
                } else {
                    ignored.add(text);
                }
            }
            if (columns.containsKey(Field.TITLE) && columns.size() >= 3) {
                return Optional.of(new Header(row.number(), columns, names, ignored));
            }
        }
        return Optional.empty();
    }

    Sheet.Cell cell(Sheet.Row row, Field field) {
        Integer column = columns.get(field);
        return column == null ? Sheet.Cell.EMPTY : row.cell(column);
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }
}
