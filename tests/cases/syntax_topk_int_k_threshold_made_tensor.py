# case: near miss for the lines after: the same mining, but the k-th value is made a Tensor of a given dtype before the constant is compared (Tensor(kth, ms.float32)), which gives the graph a Tensor again -> LAX dynamic at the int(), the topk and the conversion, not at the lines after
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
        threshold = ops.maximum(Tensor(-hardest[-1], ms.float32), Tensor(self.thresh, ms.float32))
        weight = (prob < threshold).astype(ms.float32)
        return weight * valid


def make():
    np.random.seed(6)
    return OHEMWeight(), (Tensor(np.random.rand(32).astype(np.float32)),
                          Tensor((np.random.rand(32) > 0.3).astype(np.float32)))
