package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the fault options of {@code tmrkit replicas}: {@code NODE@TIME[-RECOVER]} crashes,
 * {@code NODE@TIME[:BIT]} flips, {@code GROUP|GROUP@FROM-TO} partitions and
 * {@code NODE@FROM-TO[:send|receive|both]} omissions, {@code NODE@FROM-TO} pauses and {@code NODE@FROM-TO:[xRATE][+JUMP|-JUMP]} clock skews. Nodes are numbers, optionally written {@code n2};
 * times are durations ({@code 250ms}, {@code 2s}; a bare number is milliseconds).
 */
public final class ReplicaFaultSpecs {
    private ReplicaFaultSpecs() {
    }

    static Fault.Crash crash(String spec, boolean durable) {
        String[] at = split(spec, "--crash", "NODE@TIME[-RECOVER]");
        int node = node(at[0], "--crash", spec);
        String[] window = at[1].split("-", -1);
        if (window.length > 2) {
            throw bad("--crash", spec, "NODE@TIME[-RECOVER]");
        }
        long time = time(window[0], "--crash", spec);
        long recover = window.length == 2 ? time(window[1], "--crash", spec) : -1;
        if (recover >= 0 && recover <= time) {
            throw new UserException("--crash " + spec + ": the recovery must come after the crash");
        }
        return new Fault.Crash(node, time, recover, durable);
    }

    static Fault.Flip flip(String spec) {
        String[] at = split(spec, "--flip", "NODE@TIME[:BIT]");
        int node = node(at[0], "--flip", spec);
        String[] timeBit = at[1].split(":", -1);
        if (timeBit.length > 2) {
            throw bad("--flip", spec, "NODE@TIME[:BIT]");
        }
        int bit = Fault.Flip.ANY_BIT;
        if (timeBit.length == 2) {
            bit = integer(timeBit[1], "--flip", spec);
            if (bit < 0 || bit > 63) {
                throw new UserException("--flip " + spec + ": the bit must lie in 0..63");
            }
        }
        return new Fault.Flip(node, time(timeBit[0], "--flip", spec), bit);
    }

    static Fault.Partition partition(String spec) {
        String[] at = split(spec, "--partition", "NODES|NODES@FROM-TO (e.g. 0|1,2@2s-4s)");
        List<List<Integer>> groups = new ArrayList<>();
        for (String g : at[0].split("\\|", -1)) {
            List<Integer> group = new ArrayList<>();
            for (String n : g.split(",", -1)) {
                group.add(node(n, "--partition", spec));
            }
            groups.add(group);
        }
        long[] window = window(at[1], "--partition", spec);
        try {
            return new Fault.Partition(groups, window[0], window[1]);
        } catch (IllegalArgumentException e) {
            throw new UserException("--partition " + spec + ": " + e.getMessage());
        }
    }

    static Fault.Omission omission(String spec) {
        String[] at = split(spec, "--omit", "NODE@FROM-TO[:send|receive|both]");
        int node = node(at[0], "--omit", spec);
        String[] windowDirection = at[1].split(":", -1);
        Fault.Direction direction = Fault.Direction.BOTH;
        if (windowDirection.length == 2) {
            try {
                direction = Fault.Direction.valueOf(windowDirection[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad("--omit", spec, "NODE@FROM-TO[:send|receive|both]");
            }
        } else if (windowDirection.length > 2) {
            throw bad("--omit", spec, "NODE@FROM-TO[:send|receive|both]");
        }
        long[] window = window(windowDirection[0], "--omit", spec);
        return new Fault.Omission(node, window[0], window[1], direction);
    }

    static Fault.Pause pause(String spec) {
        String[] at = split(spec, "--pause", "NODE@FROM-TO");
        long[] window = window(at[1], "--pause", spec);
        return new Fault.Pause(node(at[0], "--pause", spec), window[0], window[1]);
    }

    private static final String SKEW = "NODE@FROM-TO:[xRATE][+JUMP|-JUMP] (e.g. 1@2s-4s:x0.2, 0@1s-3s:+300ms)";

    static Fault.Skew skew(String spec) {
        String[] at = split(spec, "--skew", SKEW);
        int node = node(at[0], "--skew", spec);
        String[] windowClock = at[1].split(":", -1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:x([^+-]+))?([+-].+)?").matcher(
                windowClock.length == 2 ? windowClock[1].strip() : "");
        if (windowClock.length != 2 || !m.matches() || m.group(1) == null && m.group(2) == null) {
            throw bad("--skew", spec, SKEW);
        }
        double rate = 1;
        if (m.group(1) != null) {
            try {
                rate = Double.parseDouble(m.group(1));
            } catch (NumberFormatException e) {
                throw new UserException("--skew " + spec + ": '" + m.group(1) + "' is not a clock rate (examples: x0.2, x3)");
            }
        }
        long jump = 0;
        if (m.group(2) != null) {
            jump = time(m.group(2).substring(1), "--skew", spec) * (m.group(2).charAt(0) == '-' ? -1 : 1);
        }
        long[] window = window(windowClock[0], "--skew", spec);
        try {
            return new Fault.Skew(node, window[0], window[1], rate, jump);
        } catch (IllegalArgumentException e) {
            throw new UserException("--skew " + spec + ": " + e.getMessage());
        }
    }

    private static long[] window(String text, String option, String spec) {
        String[] parts = text.split("-", -1);
        if (parts.length != 2) {
            throw new UserException(option + " " + spec + ": expected a window FROM-TO, like 2s-4s");
        }
        long from = time(parts[0], option, spec);
        long to = time(parts[1], option, spec);
        if (to <= from) {
            throw new UserException(option + " " + spec + ": the window must end after it starts");
        }
        return new long[] {from, to};
    }

    private static String[] split(String spec, String option, String syntax) {
        String[] at = spec.split("@", -1);
        if (at.length != 2 || at[0].isBlank() || at[1].isBlank()) {
            throw bad(option, spec, syntax);
        }
        return at;
    }

    private static int node(String text, String option, String spec) {
        String t = text.strip();
        return integer(t.startsWith("n") ? t.substring(1) : t, option, spec);
    }

    private static int integer(String text, String option, String spec) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UserException(option + " " + spec + ": '" + text + "' is not a node or bit number");
        }
    }

    private static long time(String text, String option, String spec) {
        try {
            return Time.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserException(option + " " + spec + ": " + e.getMessage());
        }
    }

    private static UserException bad(String option, String spec, String syntax) {
        return new UserException(option + " " + spec + ": expected " + syntax);
    }
}
