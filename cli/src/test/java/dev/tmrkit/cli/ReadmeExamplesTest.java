package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./tmrkit ...} line of a fenced block in README.md runs, in README order, through picocli's
 * {@code execute()} and ends with exit code 0, or with the code its comment names ({@code # ... exit 2}). A
 * README that lies fails the build. Paths: an argument naming a file of the repository (e.g.
 * {@code benchmarks/iscas85/c432.bench}, {@code docs/...}) is read there; files the examples write (after
 * {@code -o}, {@code --plot}, {@code --vcd}, {@code --trace}) and any other file name go to a temporary
 * folder shared by the examples, so that a later line may read what an earlier one wrote.
 */
class ReadmeExamplesTest {
    private static final Set<String> OUTPUT_OPTIONS = Set.of("-o", "--output", "--plot", "--vcd", "--trace");
    private static final Pattern FILE_NAME = Pattern.compile(
            "[\\w./-]+\\.(bench|blif|aag|aig|json|jsonl|v|svg|png|dot|vcd|html|txt|csv)");
    private static final Pattern EXIT = Pattern.compile("\\bexit (?:code )?(\\d+)\\b");

    @TempDir
    static Path work;

    /** One example: its README line number, the words after {@code ./tmrkit}, and the exit code it promises. */
    record Example(int line, String text, List<String> words, int exit) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRuns() throws IOException {
        List<Example> examples = examples(Files.readAllLines(Corpus.repositoryRoot().resolve("README.md")));
        return examples.stream().map(e -> DynamicTest.dynamicTest("README.md:" + e.line() + ": " + e.text(), () -> {
            Cli r = Cli.run(arguments(e.words()).toArray(String[]::new));
            assertEquals(e.exit(), r.code(), "README.md:" + e.line() + ": " + e.text() + "\n" + r.err());
        }));
    }

    @Test
    void theReadmeHasExamplesAndTheExtractorFindsThem() throws IOException {
        List<Example> examples = examples(Files.readAllLines(Corpus.repositoryRoot().resolve("README.md")));
        assertTrue(examples.size() >= 20, "README examples: " + examples.size());
        assertTrue(examples.stream().anyMatch(e -> e.words().equals(List.of("inject"))), "the quick start's ./tmrkit inject");
        List<Example> parsed = examples(List.of("text ./tmrkit info c17", "```sh", "./tmrkit render c17 --fault '$tmr$B$16=sa0'"
                + " -o \"a b.svg\"   # a comment, exit 2", "  ./tmrkit info c17", "$ ./tmrkit bench", "```", "./tmrkit eval c17"));
        assertEquals(1, parsed.size(), "only lines in a fence that start with ./tmrkit");
        assertEquals(List.of("render", "c17", "--fault", "$tmr$B$16=sa0", "-o", "a b.svg"), parsed.get(0).words());
        assertEquals(2, parsed.get(0).exit());
        assertEquals(3, parsed.get(0).line());
    }

    @Test
    void pathsPointIntoTheRepositoryOrTheWorkFolder() {
        List<String> args = arguments(List.of("render", "benchmarks/iscas85/c432.bench", "--cone", "223", "-o", "docs/tmr-c17.svg",
                "--fault", "q1=flip@3", "0.01", "-"));
        assertEquals(Corpus.root().resolve("iscas85/c432.bench").toString(), args.get(1));
        assertEquals(work.resolve("docs/tmr-c17.svg").toString(), args.get(5), "never overwrite the repository's files");
        assertEquals(List.of("--fault", "q1=flip@3", "0.01", "-"), args.subList(6, 10));
    }

    /** The fenced {@code ./tmrkit} lines. */
    static List<Example> examples(List<String> lines) {
        List<Example> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced && (line.startsWith("./tmrkit ") || line.equals("./tmrkit"))) {
                List<String> words = new ArrayList<>();
                String comment = split(line, words);
                assertFalse(line.endsWith("\\"), "README.md:" + (i + 1) + ": one line per example");
                Matcher m = EXIT.matcher(comment);
                out.add(new Example(i + 1, line, words.subList(1, words.size()), m.find() ? Integer.parseInt(m.group(1)) : 0));
            }
        }
        return out;
    }

    /** Splits a shell line into words (single and double quotes), returning the comment after an unquoted #. */
    private static String split(String line, List<String> words) {
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                return line.substring(i + 1);
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        assertEquals(0, quote, "unbalanced quote in " + line);
        if (word != null) {
            words.add(word.toString());
        }
        return "";
    }

    /** The words with file names resolved: repository files as they are, everything else in the work folder. */
    static List<String> arguments(List<String> words) {
        List<String> out = new ArrayList<>();
        Path root = Corpus.repositoryRoot();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean output = i > 0 && OUTPUT_OPTIONS.contains(words.get(i - 1)) && !w.equals("-");
            if (output) {
                Path p = work.resolve(w);
                try {
                    Files.createDirectories(p.getParent());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                out.add(p.toString());
            } else if (FILE_NAME.matcher(w).matches()) {
                Path inRepo = root.resolve(w);
                out.add(Files.isRegularFile(inRepo) ? inRepo.toString() : work.resolve(w).toString());
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
