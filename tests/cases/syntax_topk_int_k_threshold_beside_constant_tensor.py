# case: online hard-example mining: k from int() of a mask sum, topk of the losses, and a threshold as the larger of the k-th value and a constant Tensor(0.7, ms.float32); the constant Tensor does not bring the value back to the graph -> LAX dynamic at the int(), the topk and every line using the threshold
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OHEMWeight(nn.Cell):
    def __init__(self, min_kept=8, thresh=0.7):
        super().__init__()
        self.min_kept = min_kept
        self.thresh = thresh

    def construct(self, prob, valid):
        k = min(self.min_kept, int(valid.sum()))
        hardest, _ = ops.topk(-prob, k)
        threshold = ops.maximum(-hardest[-1], Tensor(self.thresh, ms.float32))
        weight = (prob < threshold).astype(ms.float32)
        return weight * valid


def make():
    np.random.seed(6)
    return OHEMWeight(), (Tensor(np.random.rand(32).astype(np.float32)),
                          Tensor((np.random.rand(32) > 0.3).astype(np.float32)))
