// expect: WRONG_ANSWER  — centres the input channels instead of appending the zero channels after them
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray zeroPadMerge(INDArray x, INDArray fx, int stride) {
        long cIn = x.size(1);
        long before = (fx.size(1) - cIn) / 2;
        INDArray shortcut = Nd4j.zerosLike(fx);
        for (int i = 0; i < fx.size(2); i++) {
            for (int j = 0; j < fx.size(3); j++) {
                INDArray column = x.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.point((long) i * stride), NDArrayIndex.point((long) j * stride));
                shortcut.put(new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(before, before + cIn),
                        NDArrayIndex.point(i), NDArrayIndex.point(j)}, column);
            }
        }
        return Transforms.relu(fx.add(shortcut), false);
    }
}
