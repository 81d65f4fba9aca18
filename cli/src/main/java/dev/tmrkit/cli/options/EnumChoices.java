package dev.tmrkit.cli.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * A closed set of option values: converts a value's spelling to its enum constant for picocli, and lists the
 * spellings as completion candidates (so help and errors name exactly the set). Subclass with a no-argument
 * constructor per enum, as picocli instantiates converters.
 */
public abstract class EnumChoices<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final E[] values;
    private final Function<E, String> spelling;

    protected EnumChoices(E[] values, Function<E, String> spelling) {
        this.values = values;
        this.spelling = spelling;
    }

    @Override
    public E convert(String text) {
        for (E v : values) {
            if (spelling.apply(v).equals(text)) {
                return v;
            }
        }
        throw new CommandLine.TypeConversionException("expected one of " + String.join(", ", this) + ", not '" + text + "'");
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(values).map(spelling).iterator();
    }
}
