// expect: WRONG_ANSWER  — averages over every step, padding included
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray maskedMeanPool(INDArray hs, INDArray lengths) {
        return hs.mean(0);
    }
}
