package dev.tmrkit.circuits.probe;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of single stuck-at faults, one per line, in any of the forms {@code tmrkit faults} writes:
 * <ul>
 *   <li>{@code SITE=sa0} / {@code SITE=sa1} ({@link FaultSpec}: a net, {@code NET>GATE.PIN} or {@code NET>OUTPUT#K});</li>
 *   <li>a row of {@code faults --list} or {@code --collapsed} as a table ({@code SITE KIND FAULT …}) or as CSV
 *   ({@code SITE,KIND,FAULT,…}), the header line ({@code site …}) skipped.</li>
 * </ul>
 * Blank lines and {@code #} comments are skipped. Anything else — an unknown net, a kind that is not a
 * stuck-at, a fault listed twice, an empty list — is a {@link ParseException} at its line and column.
 */
public final class FaultListFile {
    /** The largest file read. */
    public static final long MAX_BYTES = 64L << 20;
    private static final Set<String> SITE_KINDS = Set.of("stem", "branch", "port");

    private FaultListFile() {
    }

    public static List<Fault> read(Netlist netlist, Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ParseException(file.toString(), 1, 1, "a fault list larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ParseException(file.toString(), 1, 1, "not UTF-8 text");
        }
        return parse(netlist, file.toString(), text);
    }

    /** The faults of {@code text}, in file order. */
    public static List<Fault> parse(Netlist netlist, String source, String text) {
        List<Fault> faults = new ArrayList<>();
        Map<Fault, Integer> seen = new HashMap<>();
        String[] lines = text.split("\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).replace("\r", "");
            if (content.isBlank()) {
                continue;
            }
            int column = 1 + indexOfNonBlank(content);
            String body = content.strip();
            boolean header = first && (body.startsWith("site,") || body.split("\\s+")[0].equals("site"));
            first = false;
            if (header) {
                continue;
            }
            String spec = spec(source, i + 1, column, body);
            Fault f;
            try {
                f = FaultSpec.parse(netlist, spec);
            } catch (IllegalArgumentException e) {
                throw new ParseException(source, i + 1, column, e.getMessage());
            }
            if (!(f instanceof StuckAt)) {
                throw new ParseException(source, i + 1, column, "fault '" + spec + "': a fault list holds stuck-at faults (sa0, sa1)");
            }
            Integer earlier = seen.putIfAbsent(f, i + 1);
            if (earlier != null) {
                throw new ParseException(source, i + 1, column, "fault '" + spec + "' is listed twice (first on line " + earlier + ")");
            }
            faults.add(f);
        }
        if (faults.isEmpty()) {
            throw new ParseException(source, 1, 1, "no faults: expected one fault per line, as SITE=sa0 or a row of tmrkit faults --list");
        }
        return faults;
    }

    /** One line as {@code SITE=KIND}. */
    private static String spec(String source, int line, int column, String body) {
        String[] fields = body.contains(",") ? body.split(",", -1) : body.split("\\s+");
        if (fields.length == 1) {
            return fields[0];
        }
        if (fields.length >= 3 && SITE_KINDS.contains(fields[1].strip())) {
            return fields[0].strip() + "=" + fields[2].strip();
        }
        if (fields.length == 2) {
            return fields[0].strip() + "=" + fields[1].strip();
        }
        throw new ParseException(source, line, column, "expected SITE=sa0|sa1, or a row SITE KIND FAULT … as tmrkit faults "
                + "--list writes it; found '" + body + "'");
    }

    private static int indexOfNonBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
