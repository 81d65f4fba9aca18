package dev.tmrkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 says and nothing more: anything else is an {@link AssertionError}. */
public final class StrictCsv {
    private StrictCsv() {
    }

    /** A strict RFC 4180 reader: fields, quotes doubled inside quoted fields, CR/LF only inside quotes. */
    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new AssertionError("quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                records.add(record);
                record = new ArrayList<>();
            } else if (c == '\r') {
                throw new AssertionError("bare CR outside quotes at " + i);
            } else {
                field.append(c);
            }
        }
        assertTrue(!quoted && field.length() == 0 && record.isEmpty(), "the text ends with a complete record");
        return records;
    }
}
