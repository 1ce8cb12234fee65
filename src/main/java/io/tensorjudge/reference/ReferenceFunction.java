package io.tensorjudge.reference;

import java.util.List;

/**
 * The trusted answer of one exercise. Arguments and result use the Java contract types of the candidate's
 * Solution: INDArray, Integer, Double, Boolean, List&lt;INDArray&gt;, Map&lt;String,INDArray&gt; or null in; INDArray, Double,
 * INDArray[] or Object[] out. Implementations never modify their arguments.
 */
@FunctionalInterface
public interface ReferenceFunction {

    Object apply(List<Object> args);
}
