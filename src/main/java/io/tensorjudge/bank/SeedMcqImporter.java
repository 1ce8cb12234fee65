package io.tensorjudge.bank;

import io.tensorjudge.common.Difficulty;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import io.tensorjudge.bank.QuestionFile.Review;
import io.tensorjudge.bank.QuestionFile.ReviewStatus;
import io.tensorjudge.bank.QuestionFile.SeedRef;
import io.tensorjudge.bank.SeedMcqParser.SeedMcq;
import io.tensorjudge.bank.SeedMcqParser.SeedMcqs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the MCQ lists of the seed texts into question files in the bank format. Its output is a starting point that
 * authors then review and edit by hand; a test compares the committed files with what this produces.
 *
 * <p>Run: {@code mvn -q compile exec:java -Dexec.mainClass=io.tensorjudge.bank.SeedMcqImporter
 * -Dexec.args="../shared/seeds target/seed-import"}.
 */
public final class SeedMcqImporter {

    /** Placeholder the importer writes; the loader accepts it, reviewers replace it. */
    static final String EXPLANATION_TODO = "（待补充解析：种子文本未给出解析。）";

    private SeedMcqImporter() {
    }

    /** Imports every seed file in {@code seedsDir} that has an MCQ list, one {@link QuestionFile} per source. */
    public static List<QuestionFile> importAll(Path seedsDir) throws IOException {
        List<QuestionFile> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(seedsDir).filter(p -> p.toString().endsWith(".txt")).sorted()) {
            for (Path seed : seeds.toList()) {
                SeedMcqs parsed = SeedMcqParser.parse(Files.readString(seed, StandardCharsets.UTF_8));
                if (parsed.topic() == null || parsed.questions().isEmpty()) {
                    continue;
                }
                Source source = Source.fromSeedTopic(parsed.topic()).orElseThrow(() -> new IllegalArgumentException(
                        seed + ": unknown seed topic '" + parsed.topic() + "'"));
                List<QuestionDef> questions = parsed.questions().stream().map(q -> toQuestion(source, q)).toList();
                files.add(new QuestionFile(source.slug(), seed.getFileName().toString(), questions));
            }
        }
        return files;
    }

    static String seedQuestionId(Source source, int number) {
        return String.format("%s-seed-%02d", source.slug(), number);
    }

    private static QuestionDef toQuestion(Source source, SeedMcq q) {
        List<ChoiceDef> choices = q.choices().entrySet().stream()
                .map(e -> new ChoiceDef(e.getKey(), e.getValue(), null)).toList();
        return new QuestionDef(seedQuestionId(source, q.number()), List.of(source.slug()), Difficulty.easy,
                q.answer().size() > 1, new SeedRef(q.number(), q.answer()), q.stem(), null, choices, q.answer(),
                EXPLANATION_TODO, null, new Review(ReviewStatus.ok, null), null);
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        Path out = Path.of(args.length > 1 ? args[1] : "target/seed-import");
        Files.createDirectories(out);
        for (QuestionFile file : importAll(seeds)) {
            Path target = out.resolve(file.source() + ".yaml");
            Files.writeString(target, QuestionFileWriter.toYaml(file), StandardCharsets.UTF_8);
            System.out.printf("%s: %d questions -> %s%n", file.seedFile(), file.questions().size(), target);
        }
    }
}
