package io.tensorjudge.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tensorjudge.JsonClient;
import io.tensorjudge.JsonClient.Reply;
import io.tensorjudge.PackagedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost (issue 13, part 0). Candidates autosave code and choices, submit MCQ answers and code
 * (assessment and practice API) while the packaged server, on its shipped H2 default, is killed with SIGKILL several
 * times and restarted. Afterwards, read back through the API: every autosave and answer shows the last acknowledged
 * value or a later one that was sent, and every submission that got a 202 exists and ends DONE, ACCEPTED.
 */
class AcknowledgedWritesCrashIT {

    private static final int CANDIDATES = 12;
    private static final int KILLS = 4;
    private static final int SUBMISSIONS_PER_KIND = 6;
    private static final String ADMIN_PASSWORD = "crash-test-admin-password";
    private static final String SOFTMAX = "import numpy as np\n\ndef softmax(x, axis=-1):\n"
            + "    e = np.exp(x - x.max(axis=axis, keepdims=True))\n    return e / e.sum(axis=axis, keepdims=True)\n";

    /**
     * One value a client keeps overwriting: what it sent, in order, and the last one the server acknowledged. The
     * client thread writes it while the test thread checks it, hence synchronized.
     */
    static final class Overwritten {
        private final List<String> sent = new ArrayList<>();
        private int lastAcked = -1;

        synchronized int send(String value) {
            sent.add(value);
            return sent.size() - 1;
        }

        synchronized void acked(int index) {
            lastAcked = Math.max(lastAcked, index);
        }

        synchronized int lastAcked() {
            return lastAcked;
        }

        /**
         * After a crash whose last acknowledgement was {@code acked}: the stored value must be that one or one sent
         * after it (an unacknowledged write may have landed, and the client goes on writing after the restart).
         */
        synchronized boolean keeps(int acked, String stored) {
            return acked < 0 || sent.subList(acked, sent.size()).contains(stored);
        }

        synchronized String sentAt(int index) {
            return index < 0 ? null : sent.get(index).lines().findFirst().orElse("");
        }
    }

    /** An acknowledged submission and the path its status is read from. */
    record Acked(String id, String path) {
    }

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger ackedWrites = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Acked> submissions = new ConcurrentLinkedQueue<>();

    @Test
    void shouldKeepEveryAcknowledgedWriteAcrossKill9s() throws Exception {
        try (PackagedServer server = new PackagedServer("ack-crash")) {
            server.env("TENSORJUDGE_ADMIN_PASSWORD", ADMIN_PASSWORD)
                    .env("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "crash-test-session-key-0123456789")
                    .property("tensorjudge.practice.rate-limit-per-minute", "0")
                    .property("tensorjudge.practice.answer-rate-limit-per-minute", "0")
                    .property("tensorjudge.grading.workers", "2");
            // To see the test fail, run it on H2's old default: -Dtj.crash.jdbc-url='jdbc:h2:file:./data/x;WRITE_DELAY=500'
            String jdbc = System.getProperty("tj.crash.jdbc-url");
            if (jdbc != null) {
                server.property("quarkus.datasource.jdbc.url", jdbc);
            }
            server.start();
            server.awaitReady(Duration.ofMinutes(3));
            JsonClient staff = new JsonClient(server.base());
            staff.login("admin", ADMIN_PASSWORD);

            List<JsonNode> mcqs = singleChoiceQuestions(staff);
            JsonNode assessment = staff.expect(201, "POST", "/api/v1/assessments", Map.of(
                    "title", "crash test", "timeLimitMinutes", 120, "languages", List.of("python"), "allowRun", false,
                    "items", List.of(
                            Map.of("kind", "MCQ", "refId", mcqs.get(0).get("id").asText(), "points", 1),
                            Map.of("kind", "MCQ", "refId", mcqs.get(1).get("id").asText(), "points", 1),
                            Map.of("kind", "EXERCISE", "refId", "softmax", "points", 5))));
            long assessmentId = assessment.get("id").asLong();
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < CANDIDATES; i++) {
                JsonNode invite = staff.expect(201, "POST", "/api/v1/assessments/" + assessmentId + "/invites",
                        Map.of("name", "Candidate " + i, "email", "c" + i + "@example.org"));
                String link = invite.get("link").asText();
                candidates.add(new Candidate(i, new JsonClient(server.base()),
                        link.substring(link.lastIndexOf('/') + 1), invite.get("attemptId").asLong(), assessment,
                        keys(mcqs.get(0)), keys(mcqs.get(1))));
            }
            for (Candidate c : candidates) {
                c.client.expect(200, "POST", "/api/v1/attempts/" + c.token + "/start", null);
            }

            ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
            List<Future<?>> running = new ArrayList<>();
            for (Candidate c : candidates) {
                running.add(pool.submit(c::work));
            }
            // Kill while writes are in flight: after each (re)start, wait for fresh acknowledgements, then SIGKILL.
            // The last kill comes right after the clients stop, so the newest acknowledged writes are ms old.
            // After each restart every candidate's values are read back against what was acked before that kill.
            List<String> losses = new ArrayList<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                awaitMoreAcks(250, Duration.ofSeconds(60));
                if (kill == KILLS) {
                    stop.set(true);
                    for (Future<?> f : running) {
                        f.get(2, TimeUnit.MINUTES);
                    }
                }
                server.kill9();
                List<int[]> ackedAtKill = candidates.stream().map(Candidate::acked).toList();
                server.start();
                for (int i = 0; i < CANDIDATES; i++) {
                    losses.addAll(candidates.get(i).check(staff, assessmentId, ackedAtKill.get(i), kill));
                }
            }
            pool.shutdown();
            server.awaitReady(Duration.ofMinutes(3));
            List<String> notDone = awaitGraded(staff, Duration.ofMinutes(4));
            int lost = losses.size() + notDone.size();

            System.out.printf("crash test: %d kill -9s, %d acknowledged writes (%d submissions), %d calls unanswered "
                    + "while down, %d 503s, lost %d%n", KILLS, ackedWrites.get(), submissions.size(),
                    unanswered.get(), unavailable.get(), lost);
            assertThat(unexpected).as("answers other than 2xx/503").isEmpty();
            assertThat(losses).as("acknowledged autosaves and answers missing after restart").isEmpty();
            assertThat(notDone).as("acknowledged submissions not graded ACCEPTED").isEmpty();
            assertThat(submissions).as("submissions acknowledged").hasSizeGreaterThan(CANDIDATES);
        }
    }

    /** One candidate: autosaves code and choices, answers, submits code in the attempt and in practice. */
    final class Candidate {
        final int number;
        final JsonClient client;
        final String token;
        final long attemptId;
        final long mcq1;
        final long mcq2;
        final long exercise;
        final List<String> keys1;
        final List<String> keys2;
        final Overwritten code = new Overwritten();
        final Overwritten savedChoice = new Overwritten();
        final Overwritten answer = new Overwritten();
        int attemptSubmissionsSent;
        int practiceSubmissionsSent;

        Candidate(int number, JsonClient client, String token, long attemptId, JsonNode assessment, List<String> keys1,
                List<String> keys2) {
            this.number = number;
            this.client = client;
            this.token = token;
            this.attemptId = attemptId;
            JsonNode items = assessment.get("items");
            this.mcq1 = items.get(0).get("id").asLong();
            this.mcq2 = items.get(1).get("id").asLong();
            this.exercise = items.get(2).get("id").asLong();
            this.keys1 = keys1;
            this.keys2 = keys2;
        }

        void work() {
            for (int step = 0; !stop.get(); step++) {
                String source = "# candidate " + number + ", save " + step + "\n" + SOFTMAX;
                write(code, source, "PUT", "/items/" + exercise + "/work", Map.of("language", "python", "code", source));
                String k1 = keys1.get(step % keys1.size());
                write(savedChoice, k1, "PUT", "/items/" + mcq1 + "/work", Map.of("choices", List.of(k1)));
                String k2 = keys2.get(step % keys2.size());
                write(answer, k2, "POST", "/items/" + mcq2 + "/answer", Map.of("choices", List.of(k2)));
                if (step % 4 == 1 && attemptSubmissionsSent < SUBMISSIONS_PER_KIND + 2) {
                    attemptSubmissionsSent++;
                    // A submission also autosaves its code: it is one more write of the same value.
                    String submitted = "# candidate " + number + ", submission " + attemptSubmissionsSent + "\n"
                            + SOFTMAX;
                    submit(code, submitted, "/api/v1/attempts/" + token + "/items/" + exercise + "/submissions",
                            "/api/v1/attempts/" + token + "/submissions/");
                }
                if (step % 4 == 3 && practiceSubmissionsSent < SUBMISSIONS_PER_KIND + 2) {
                    practiceSubmissionsSent++;
                    submit(null, SOFTMAX, "/api/v1/exercises/softmax/submissions", "/api/v1/submissions/");
                }
                pause(10);
            }
        }

        private void write(Overwritten value, String sent, String method, String path, Object body) {
            int index = value.send(sent);
            Reply reply = client.send(method, "/api/v1/attempts/" + token + path, body);
            if (answered(reply, method + " " + path)) {
                value.acked(index);
                ackedWrites.incrementAndGet();
            }
        }

        private void submit(Overwritten savedCode, String source, String path, String statusPath) {
            int index = savedCode == null ? -1 : savedCode.send(source);
            Reply reply = client.send("POST", path, Map.of("language", "python", "mode", "submit", "code", source));
            if (answered(reply, "POST " + path)) {
                assertThat(reply.status()).isEqualTo(202);
                if (savedCode != null) {
                    savedCode.acked(index);
                }
                submissions.add(new Acked(reply.body().get("id").asText(), statusPath + reply.body().get("id").asText()));
                ackedWrites.incrementAndGet();
            }
        }

        /** True for a 2xx; a call that got no answer (server down) or a 503 (not ready yet) is simply not acked. */
        private boolean answered(Reply reply, String what) {
            if (reply == null) {
                unanswered.incrementAndGet();
                pause(200);
                return false;
            }
            if (reply.status() == 503) {
                unavailable.incrementAndGet();
                pause(200);
                return false;
            }
            if (!reply.ok()) {
                unexpected.add(what + " -> " + reply.status() + " " + reply.raw());
                return false;
            }
            return true;
        }

        /** The stored bank keys of a reviewed MCQ item as the labels (A, B, ...) of the order this candidate saw. */
        private static String asShownLabels(JsonNode reviewed) {
            String keys = reviewed.path("choices").asText(null);
            if (keys == null) {
                return null;
            }
            List<String> shown = new ArrayList<>();
            reviewed.path("shownOrder").forEach(k -> shown.add(k.asText()));
            StringBuilder labels = new StringBuilder();
            for (String key : keys.replaceAll("[^A-Z]", " ").trim().split("\\s+")) {
                int position = shown.indexOf(key);
                labels.append(position < 0 ? "?" : String.valueOf((char) ('A' + position)));
            }
            return labels.toString();
        }

        int[] acked() {
            return new int[] {code.lastAcked(), savedChoice.lastAcked(), answer.lastAcked()};
        }

        /** What this candidate lost in crash {@code kill}: values acknowledged before it that the server no longer shows. */
        List<String> check(JsonClient staff, long assessmentId, int[] ackedAtKill, int kill) {
            List<String> losses = new ArrayList<>();
            JsonNode view = client.expect(200, "GET", "/api/v1/attempts/" + token, null);
            JsonNode detail = staff.expect(200, "GET", "/api/v1/assessments/" + assessmentId + "/attempts/"
                    + attemptId, null);
            String storedCode = item(view, exercise).map(i -> i.path("savedCode").asText(null)).orElse(null);
            String storedChoice = item(view, mcq1).map(i -> joined(i.path("savedChoices"))).orElse(null);
            // The review gives the bank's keys; the candidate answered with the labels of its own (shuffled) order.
            String storedAnswer = item(detail, mcq2).map(Candidate::asShownLabels).orElse(null);
            String where = "kill " + kill + ", candidate " + number;
            if (!code.keeps(ackedAtKill[0], storedCode)) {
                losses.add(where + " autosaved code: acked '" + code.sentAt(ackedAtKill[0]) + "', stored '"
                        + (storedCode == null ? null : storedCode.lines().findFirst().orElse("")) + "'");
            }
            if (!savedChoice.keeps(ackedAtKill[1], storedChoice)) {
                losses.add(where + " autosaved choice: acked " + savedChoice.sentAt(ackedAtKill[1]) + ", stored "
                        + storedChoice);
            }
            if (!answer.keeps(ackedAtKill[2], storedAnswer)) {
                losses.add(where + " answer: acked " + answer.sentAt(ackedAtKill[2]) + ", stored " + storedAnswer);
            }
            return losses;
        }
    }

    private List<String> awaitGraded(JsonClient staff, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> pending;
        do {
            pending = new ArrayList<>();
            for (Acked s : submissions) {
                Reply reply = staff.get(s.path());
                if (reply == null || reply.status() != 200) {
                    pending.add(s.id() + ": " + (reply == null ? "no answer" : reply.status() + " " + reply.raw()));
                } else if (!"DONE".equals(reply.body().path("status").asText())
                        || !"ACCEPTED".equals(reply.body().path("verdict").asText())) {
                    pending.add(s.id() + ": " + reply.body().path("status").asText() + " "
                            + reply.body().path("verdict").asText());
                }
            }
            if (pending.isEmpty()) {
                return pending;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < deadline);
        return pending;
    }

    private void awaitMoreAcks(int more, Duration timeout) throws InterruptedException {
        int target = ackedWrites.get() + more;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ackedWrites.get() < target) {
            assertThat(System.nanoTime()).as("acknowledged writes after a restart").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Two single-choice questions an assessment accepts (disputed ones are refused: a probe assessment tells). */
    private static List<JsonNode> singleChoiceQuestions(JsonClient client) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode q : client.expect(200, "GET", "/api/v1/questions", null)) {
            if (found.size() < 2 && !q.path("multiple").asBoolean() && q.path("choices").size() >= 3) {
                Reply probe = client.send("POST", "/api/v1/assessments", Map.of("title", "probe",
                        "timeLimitMinutes", 10, "languages", List.of("python"), "allowRun", false,
                        "items", List.of(Map.of("kind", "MCQ", "refId", q.get("id").asText(), "points", 1))));
                if (probe != null && probe.status() == 201) {
                    found.add(q);
                }
            }
        }
        assertThat(found).hasSize(2);
        return found;
    }

    private static List<String> keys(JsonNode question) {
        List<String> keys = new ArrayList<>();
        question.get("choices").forEach(c -> keys.add(c.get("key").asText()));
        return keys;
    }

    private static Optional<JsonNode> item(JsonNode view, long itemId) {
        for (JsonNode i : view.path("items")) {
            if (i.path("itemId").asLong() == itemId) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String joined(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        array.forEach(k -> s.append(k.asText()));
        return s.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
