package io.tensorjudge.bank;

import io.tensorjudge.common.NotFound;
import io.tensorjudge.common.Invalid;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tensorjudge.bank.QuestionFile.ChoiceDef;
import io.tensorjudge.bank.QuestionFile.QuestionDef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps the question tables in step with the bank files and serves questions and practice answers. Two views:
 * {@link #list}/{@link #find} see every active question (staff pages, assessments); {@link #listPublic}/
 * {@link #findPublic}/{@link #answer} are the practice site's, where a private question does not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuestionService {

    /** Canonical JSON: sorted keys, so that the hash changes exactly when the content does. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** Versions are immutable, so their parsed content can be cached forever. */
    private final Map<Long, QuestionDef> contentCache = new ConcurrentHashMap<>();

    @Transactional
    public SyncReport sync(List<QuestionFile> files) {
        Map<String, Question> existing = new HashMap<>();
        Question.<Question>listAll().forEach(q -> existing.put(q.id, q));
        Set<String> declared = new HashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = Instant.now();
        for (QuestionFile file : files) {
            for (QuestionDef def : file.questions()) {
                declared.add(def.id());
                Question question = existing.get(def.id());
                if (question == null) {
                    created++;
                } else if (isCurrent(question, file.source(), def)) {
                    unchanged++;
                    continue;
                } else {
                    updated++;
                }
                newVersion(question, file.source(), def, now);
            }
        }
        int retired = 0;
        for (Question question : existing.values()) {
            if (question.active && !declared.contains(question.id)) {
                question.active = false;
                question.updatedAt = now;
                retired++;
            }
        }
        return new SyncReport(created, updated, unchanged, retired);
    }

    /**
     * Stores an authored edit of one question (already validated) as its next version, or as its first when the id is
     * new; nothing changes when the content equals the current version. Answers keep pointing at their version.
     * Returns the current version number.
     */
    @Transactional
    public int publish(String source, QuestionDef def) {
        Question question = Question.<Question>findByIdOptional(def.id()).orElse(null);
        Instant now = Instant.now();
        // The edit itself, in the same transaction: every instance's next start-up sync keeps it over the file.
        AuthoredQuestion edit = AuthoredQuestion.<AuthoredQuestion>findByIdOptional(def.id()).orElseGet(() -> {
            AuthoredQuestion created = new AuthoredQuestion();
            created.questionId = def.id();
            return created;
        });
        edit.source = source;
        edit.content = toJson(def);
        edit.updatedAt = now;
        edit.persist();
        if (question != null && isCurrent(question, source, def)) {
            return question.currentVersion;
        }
        return newVersion(question, source, def, now).currentVersion;
    }

    /** Every authored edit, as one-question files, for {@link QuestionBankLoader#overlay}. */
    @Transactional
    public List<QuestionFile> authoredEdits() {
        return AuthoredQuestion.<AuthoredQuestion>listAll().stream()
                .sorted(Comparator.comparing((AuthoredQuestion e) -> e.questionId))
                .map(e -> new QuestionFile(e.source, null, List.of(fromJson(e.content))))
                .toList();
    }

    /** Stores the edits an older release kept on disk, unless the database already holds an edit of that question. */
    @Transactional
    public int importEdits(List<QuestionFile> files) {
        int imported = 0;
        for (QuestionFile file : files) {
            for (QuestionDef def : file.questions()) {
                if (AuthoredQuestion.findByIdOptional(def.id()).isEmpty()) {
                    AuthoredQuestion edit = new AuthoredQuestion();
                    edit.questionId = def.id();
                    edit.source = file.source();
                    edit.content = toJson(def);
                    edit.updatedAt = Instant.now();
                    edit.persist();
                    imported++;
                }
            }
        }
        return imported;
    }

    /** Every version of a question, oldest first. */
    public List<QuestionVersionInfo> versions(String id) {
        return QuestionVersion.<QuestionVersion>list("questionId = ?1 order by version", id).stream()
                .map(v -> new QuestionVersionInfo(v.version, v.contentHash, v.createdAt)).toList();
    }

    private boolean isCurrent(Question question, String source, QuestionDef def) {
        return question.active && question.source.equals(source)
                && hash(source, def).equals(currentVersion(question).contentHash);
    }

    private Question newVersion(Question question, String source, QuestionDef def, Instant now) {
        if (question == null) {
            question = new Question();
            question.id = def.id();
            question.currentVersion = 0;
        }
        question.source = source;
        question.active = true;
        question.updatedAt = now;
        question.currentVersion = question.currentVersion + 1;
        question.persist();
        QuestionVersion version = new QuestionVersion();
        version.questionId = def.id();
        version.version = question.currentVersion;
        version.contentHash = hash(source, def);
        version.topics = String.join(",", def.topics());
        version.content = toJson(def);
        version.createdAt = now;
        version.persist();
        return question;
    }

    private static String hash(String source, QuestionDef def) {
        return sha256(source + "\n" + toJson(def));
    }

    /** Active questions, optionally filtered by a topic tag and a source, in file order of their ids. */
    public List<PracticeQuestion> list(String topic, String source) {
        List<Question> questions = source == null || source.isBlank()
                ? Question.list("active = true")
                : Question.list("active = true and source = ?1", source);
        Map<String, Question> byId = questions.stream().collect(Collectors.toMap(q -> q.id, q -> q));
        if (byId.isEmpty()) {
            return List.of();
        }
        List<QuestionVersion> versions = QuestionVersion.list("questionId in ?1", byId.keySet());
        return versions.stream()
                .filter(v -> v.version == byId.get(v.questionId).currentVersion)
                .filter(v -> topic == null || topic.isBlank() || List.of(v.topics.split(",")).contains(topic))
                .sorted(Comparator.comparing((QuestionVersion v) -> byId.get(v.questionId).source)
                        .thenComparing(v -> v.id))
                .map(v -> toPractice(byId.get(v.questionId), v))
                .toList();
    }

    /** The questions an assessment may contain (optionally of one topic): active and not disputed. */
    public List<PracticeQuestion> scorable(String topic) {
        return list(topic, null).stream().filter(PracticeQuestion::scorable).toList();
    }

    public Optional<PracticeQuestion> find(String id) {
        return Question.<Question>findByIdOptional(id)
                .filter(q -> q.active)
                .map(q -> toPractice(q, currentVersion(q)));
    }

    /** The practice view of {@link #list}: public questions only. */
    public List<PracticeQuestion> listPublic(String topic, String source) {
        return list(topic, source).stream().filter(PracticeQuestion::isPublic).toList();
    }

    /** The practice view of {@link #find}: empty for a private question, exactly as for an unknown id. */
    public Optional<PracticeQuestion> findPublic(String id) {
        return find(id).filter(PracticeQuestion::isPublic);
    }

    /** Topic tag -> number of the given questions carrying it, sorted by tag (the list page's navigation). */
    public static Map<String, Long> countTopics(List<PracticeQuestion> questions) {
        return questions.stream()
                .flatMap(q -> q.content().topics().stream())
                .collect(Collectors.groupingBy(t -> t, java.util.TreeMap::new, Collectors.counting()));
    }

    /**
     * Grades a practice answer against the current version and records it; unknown keys are rejected, not graded.
     * A private question is unknown here (it is answered only inside an assessment, which never reveals the key).
     */
    @Transactional
    public AnswerOutcome answer(String id, List<String> chosen, String client) {
        PracticeQuestion question = findPublic(id).orElseThrow(() -> NotFound.of("question", id));
        QuestionDef def = question.content();
        if (chosen == null || chosen.isEmpty()) {
            throw Invalid.field("choices", "Choose at least one key.");
        }
        Set<String> keys = def.choices().stream().map(ChoiceDef::key).collect(Collectors.toSet());
        TreeSet<String> picked = new TreeSet<>();
        for (String key : chosen) {
            if (key == null || !keys.contains(key)) {
                throw Invalid.field("choices", "Unknown choice '" + key + "'; this question has " + new TreeSet<>(keys)
                        + ".");
            }
            picked.add(key);
        }
        AnswerOutcome outcome = AnswerOutcome.of(def, picked);
        boolean correct = outcome.correct();
        McqAnswer answer = new McqAnswer();
        answer.questionVersionId = question.versionId();
        answer.chosen = String.join(",", picked);
        answer.correct = correct;
        answer.client = client == null ? null : client.substring(0, Math.min(100, client.length()));
        answer.createdAt = Instant.now();
        answer.persist();
        return outcome;
    }

    /** The practice answers recorded for the given question versions, as stored. */
    public List<PracticeAnswer> practiceAnswers(java.util.Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return McqAnswer.<McqAnswer>list("questionVersionId in ?1", versionIds).stream()
                .map(a -> new PracticeAnswer(a.questionVersionId, Set.of(a.chosen.split(",")), a.correct))
                .toList();
    }

    private static QuestionVersion currentVersion(Question question) {
        return QuestionVersion.find("questionId = ?1 and version = ?2", question.id, question.currentVersion)
                .<QuestionVersion>firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("question " + question.id + " has no current version"));
    }

    private PracticeQuestion toPractice(Question question, QuestionVersion version) {
        QuestionDef def = contentCache.computeIfAbsent(version.id, id -> fromJson(version.content));
        return new PracticeQuestion(question.source, version.id, version.version, def);
    }

    private static String toJson(QuestionDef def) {
        try {
            return CANONICAL.writeValueAsString(def);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QuestionDef fromJson(String json) {
        try {
            return CANONICAL.readValue(json, QuestionDef.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored question content is unreadable", e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
