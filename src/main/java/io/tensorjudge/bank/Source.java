package io.tensorjudge.bank;

import java.util.Arrays;
import java.util.Optional;

/** The five seed texts the bank is written from; {@link #slug()} is the value used in files and in the API. */
public enum Source {
    ALEXNET("alexnet", "AlexNet"),
    RESNET("resnet", "ResNet"),
    RNN_REGULARIZATION("rnn-regularization", "RNN Regularization"),
    DL_FUNDAMENTALS("dl-fundamentals", null),
    PYTORCH_INTERVIEW("pytorch-interview", null);

    private final String slug;
    /** The topic name in the seed's "主题：**…**" line, for the seeds that end with MCQs. */
    private final String seedTopic;

    Source(String slug, String seedTopic) {
        this.slug = slug;
        this.seedTopic = seedTopic;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Source> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public static Optional<Source> fromSeedTopic(String topic) {
        return Arrays.stream(values()).filter(s -> topic.equals(s.seedTopic)).findFirst();
    }
}
