package io.tensorjudge.reference;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Exercise id -> ND4J reference function, with exactly the argument order and types of the exercise's contract. */
public final class ExerciseReferences {

    private static final Map<String, ReferenceFunction> BY_ID = build();

    private ExerciseReferences() {
    }

    /** The reference of an exercise; ND4J itself is configured on the first call of the function, not here. */
    public static Optional<ReferenceFunction> find(String exerciseId) {
        ReferenceFunction function = BY_ID.get(exerciseId);
        if (function == null) {
            return Optional.empty();
        }
        return Optional.of(args -> {
            Nd4jRuntime.configure();
            return function.apply(args);
        });
    }

    public static ReferenceFunction get(String exerciseId) {
        return find(exerciseId).orElseThrow(() -> new IllegalArgumentException("no reference for exercise " + exerciseId));
    }

    public static Set<String> ids() {
        return Collections.unmodifiableSet(BY_ID.keySet());
    }

    private static Map<String, ReferenceFunction> build() {
        Map<String, ReferenceFunction> m = new TreeMap<>();
        // activations and losses
        m.put("softmax", a -> Activations.softmax(arr(a, 0), integer(a, 1)));
        m.put("log-softmax", a -> Activations.logSoftmax(arr(a, 0), integer(a, 1)));
        m.put("logsumexp", a -> Activations.logsumexp(arr(a, 0), integer(a, 1)));
        m.put("gelu", a -> Activations.gelu(arr(a, 0)));
        m.put("gelu-backward", a -> Activations.geluBackward(arr(a, 0), arr(a, 1)));
        m.put("cross-entropy", a -> Losses.crossEntropy(arr(a, 0), arr(a, 1)));
        m.put("cross-entropy-backward", a -> Losses.crossEntropyBackward(arr(a, 0), arr(a, 1)));
        m.put("label-smoothing-ce", a -> Losses.labelSmoothingCe(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("focal-loss", a -> Losses.focalLoss(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("huber-loss", a -> Losses.huberLoss(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("smooth-l1-loss", a -> Losses.smoothL1Loss(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("distillation-loss", a -> Losses.distillation(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("smoothed-bce-logits", a -> Losses.smoothedBceWithLogits(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("perplexity", a -> LanguageModel.perplexity(arr(a, 0), arr(a, 1), arr(a, 2)));
        m.put("top-k-error", a -> Losses.topkError(arr(a, 0), arr(a, 1), integer(a, 2)));
        m.put("top-k-top-p-sampling", a -> Decoding.sampleTopKTopP(arr(a, 0), integer(a, 1), real(a, 2), arr(a, 3)));
        m.put("beam-search", a -> Decoding.beamSearch(arr(a, 0), integer(a, 1), integer(a, 2)));
        // layers
        m.put("linear-backward", a -> Linear.backward(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3)));
        m.put("forward-core", a -> Linear.forwardCore(arr(a, 0), arr(a, 1), arr(a, 2)));
        m.put("dropout", a -> Dropout.dropout(arr(a, 0), real(a, 1), arr(a, 2), bool(a, 3)));
        m.put("alexnet-test-time-dropout", a -> Dropout.testTimeScaled(arr(a, 0), real(a, 1), arr(a, 2), bool(a, 3)));
        m.put("conv2d", a -> Convolution.conv2d(arr(a, 0), arr(a, 1), arr(a, 2), integer(a, 3), integer(a, 4)));
        m.put("max-pool2d", a -> Convolution.maxPool2d(arr(a, 0), integer(a, 1), integer(a, 2)));
        m.put("conv2d-backward", a -> ConvolutionGradients.conv2dBackward(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), integer(a, 4), integer(a, 5)));
        m.put("max-pool2d-backward", a -> ConvolutionGradients.maxPool2dBackward(arr(a, 0), arr(a, 1), integer(a, 2), integer(a, 3)));
        m.put("im2col", a -> ConvolutionGradients.im2col(arr(a, 0), integer(a, 1), integer(a, 2), integer(a, 3), integer(a, 4)));
        m.put("embedding-backward", a -> Embedding.backward(arr(a, 0), arr(a, 1), integer(a, 2)));
        m.put("local-response-norm", a -> LocalResponseNorm.lrn(arr(a, 0), integer(a, 1), real(a, 2), real(a, 3), real(a, 4)));
        m.put("batchnorm-forward", a -> BatchNorm.forward(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4),
                bool(a, 5), real(a, 6), real(a, 7)));
        m.put("batchnorm-backward", a -> BatchNorm.backward(arr(a, 0), arr(a, 1), arr(a, 2), real(a, 3)));
        m.put("layernorm-forward", a -> LayerNorm.forward(arr(a, 0), arr(a, 1), arr(a, 2), real(a, 3)));
        m.put("rmsnorm-forward", a -> LayerNorm.rmsNorm(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("layernorm-backward", a -> LayerNorm.backward(arr(a, 0), arr(a, 1), arr(a, 2), real(a, 3)));
        m.put("attention", a -> Attention.attention(arr(a, 0), arr(a, 1), arr(a, 2), nullableArr(a, 3)));
        m.put("multihead-attention", a -> MultiHeadAttention.causal(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4), integer(a, 5)));
        m.put("kv-cache-step", a -> MultiHeadAttention.cacheStep(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4), arr(a, 5), arr(a, 6), integer(a, 7)));
        m.put("rope", a -> PositionalEncoding.rope(arr(a, 0), arr(a, 1), real(a, 2)));
        m.put("sinusoidal-pe", a -> PositionalEncoding.sinusoidal(arr(a, 0), integer(a, 1), real(a, 2)));
        m.put("swiglu-ffn", a -> FeedForward.swiglu(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3)));
        m.put("gru-cell", a -> GruCell.step(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4), arr(a, 5)));
        m.put("init-fans", a -> Initialization.scales(arr(a, 0), real(a, 1), bool(a, 2)));
        m.put("masked-mean-pool", a -> SequencePooling.maskedMean(arr(a, 0), arr(a, 1)));
        m.put("lstm-cell", a -> LstmCell.step(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4)));
        // models
        m.put("alexnet-small-forward", a -> AlexNetSmall.forward(arr(a, 0), dict(a, 1)));
        m.put("residual-block", a -> ResidualBlock.forward(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4)));
        m.put("residual-block-backward", a -> ResidualBlock.backward(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3),
                arr(a, 4), arr(a, 5)));
        m.put("projection-shortcut", a -> ResidualBlock.projection(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3),
                arr(a, 4), arr(a, 5)));
        m.put("residual-stack", a -> ResidualBlock.stack(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4),
                bool(a, 5)));
        m.put("zero-pad-shortcut", a -> ResidualBlock.zeroPadMerge(arr(a, 0), arr(a, 1), integer(a, 2)));
        m.put("rnn-dropout", a -> RecurrentDropout.rnnForward(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), arr(a, 4),
                arr(a, 5), arr(a, 6), real(a, 7), arr(a, 8), arr(a, 9)));
        m.put("rnn-variational-dropout", a -> RecurrentDropout.rnnForwardVariational(arr(a, 0), arr(a, 1), arr(a, 2),
                arr(a, 3), arr(a, 4), arr(a, 5), arr(a, 6), real(a, 7), arr(a, 8), arr(a, 9)));
        m.put("lstm-dropout-forward", a -> RecurrentDropout.lstmForward(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3),
                arr(a, 4), real(a, 5), arr(a, 6)));
        // optimizers, schedules, training
        m.put("sgd-momentum-step", a -> Optimizers.sgdMomentumStep(arr(a, 0), arr(a, 1), arr(a, 2), real(a, 3),
                real(a, 4), real(a, 5)));
        m.put("nesterov-sgd-step", a -> Optimizers.nesterovStep(arr(a, 0), arr(a, 1), arr(a, 2), real(a, 3),
                real(a, 4), real(a, 5)));
        m.put("adamw-step", a -> Optimizers.adamwStep(arr(a, 0), arr(a, 1), arr(a, 2), arr(a, 3), integer(a, 4),
                real(a, 5), real(a, 6), real(a, 7), real(a, 8), real(a, 9)));
        m.put("clip-grad-norm", a -> Optimizers.clipGradNorm(list(a, 0), real(a, 1)));
        m.put("warmup-cosine-lr", a -> LrSchedules.warmupCosine(integer(a, 0), real(a, 1), integer(a, 2),
                integer(a, 3), real(a, 4)));
        m.put("step-lr", a -> LrSchedules.step(integer(a, 0), real(a, 1), integer(a, 2), real(a, 3)));
        m.put("polynomial-lr", a -> LrSchedules.polynomial(integer(a, 0), real(a, 1), integer(a, 2), real(a, 3),
                real(a, 4)));
        m.put("exponential-lr", a -> LrSchedules.exponential(integer(a, 0), real(a, 1), real(a, 2)));
        m.put("mlp-train-step", a -> Training.mlpTrainStep(dict(a, 0), arr(a, 1), arr(a, 2), real(a, 3)));
        m.put("clip-schedule-train-loop", a -> Training.clippedScheduledLoop(arr(a, 0), arr(a, 1), arr(a, 2),
                arr(a, 3), real(a, 4), real(a, 5), real(a, 6)));
        m.put("make-batch", a -> Training.makeBatch(arr(a, 0), arr(a, 1), arr(a, 2)));
        return m;
    }

    private static INDArray arr(List<Object> args, int i) {
        return as(args, i, INDArray.class);
    }

    private static INDArray nullableArr(List<Object> args, int i) {
        return args.get(i) == null ? null : as(args, i, INDArray.class);
    }

    private static int integer(List<Object> args, int i) {
        return as(args, i, Integer.class);
    }

    private static double real(List<Object> args, int i) {
        return as(args, i, Number.class).doubleValue();
    }

    private static boolean bool(List<Object> args, int i) {
        return as(args, i, Boolean.class);
    }

    @SuppressWarnings("unchecked")
    private static List<INDArray> list(List<Object> args, int i) {
        return as(args, i, List.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, INDArray> dict(List<Object> args, int i) {
        return as(args, i, Map.class);
    }

    private static <T> T as(List<Object> args, int i, Class<T> type) {
        Object value = args.get(i);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("argument " + i + " should be " + type.getSimpleName() + " but is "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }
}
