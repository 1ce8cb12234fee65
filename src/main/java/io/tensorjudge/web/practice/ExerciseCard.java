package io.tensorjudge.web.practice;

import io.tensorjudge.bank.ExerciseSpec;
import java.util.List;
import io.tensorjudge.web.Lang;

/** An exercise in the practice list, titled in the page's language. */
public record ExerciseCard(String id, String title, List<String> topics, String difficulty, String source,
        List<String> languages) {

    static ExerciseCard of(ExerciseSpec spec, Lang lang) {
        return new ExerciseCard(spec.id(), lang.pick(spec.title().zh(), spec.title().en()), spec.topics(),
                spec.difficulty(), spec.source(), spec.languages());
    }
}
