import io.tensorjudge.integrity.CandidateCode;
import io.tensorjudge.integrity.CodeLanguage;
import io.tensorjudge.integrity.SimilarPair;
import io.tensorjudge.integrity.SimilarityDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Times a whole similarity report (tokenize + fingerprint every candidate, compare every pair) for an assessment of
 * N candidates with files of about B bytes. Candidates are built from the bank's solution.py files (seeded, so every
 * run sees the same input): each one concatenates randomly chosen solutions with its own variable names, and every
 * fifth candidate copies the previous one, so the report has real pairs to find.
 */
public class SimilarityBenchmark {

    public static void main(String[] args) throws IOException {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;

        List<String> solutions = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("exercises"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path solution = dir.resolve("solution.py");
                if (Files.exists(solution)) {
                    solutions.add(Files.readString(solution));
                }
            }
        }
        Random random = new Random(42);
        List<CandidateCode> codes = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            String code = i % 5 == 4 ? rename(codes.get(i - 1).code(), "copy" + i) : build(solutions, random, bytes, i);
            codes.add(new CandidateCode("c" + i, CodeLanguage.PYTHON, code));
        }
        double avgBytes = codes.stream().mapToInt(c -> c.code().length()).average().orElse(0);

        SimilarityDetector detector = new SimilarityDetector();
        List<SimilarPair> pairs = List.of();
        for (int i = 0; i < 5; i++) { // warm-up: JIT
            pairs = detector.report(codes, Map.of(), 0.5);
        }
        double[] ms = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            pairs = detector.report(codes, Map.of(), 0.5);
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("candidates=%d avg file=%.0f bytes pairs compared=%d flagged (>=0.5)=%d%n", candidates,
                avgBytes, candidates * (candidates - 1) / 2, pairs.size());
        System.out.printf("report: p50 %.1f ms, p95 %.1f ms, min %.1f ms over %d rounds (k=%d, w=%d)%n",
                ms[rounds / 2], ms[(int) Math.min(rounds - 1, Math.ceil(rounds * 0.95) - 1)], ms[0], rounds,
                SimilarityDetector.DEFAULT_K, SimilarityDetector.DEFAULT_W);
    }

    private static String build(List<String> solutions, Random random, int bytes, int candidate) {
        StringBuilder code = new StringBuilder();
        while (code.length() < bytes) {
            code.append(solutions.get(random.nextInt(solutions.size()))).append("\n\n");
        }
        return rename(code.toString(), "v" + candidate);
    }

    /** Gives every assignment target a candidate-specific name, as different people would. */
    private static String rename(String code, String suffix) {
        return code.replaceAll("(?m)^(\\s+)([a-z_][a-z0-9_]*) =", "$1$2_" + suffix + " =");
    }
}
