# case: picks an adaptive threshold with np.percentile on the probability tensor inside construct -> graph mode error on numpy of tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveThreshold(nn.Cell):
    def __init__(self, q=90.0):
        super().__init__()
        self.q = q
        self.sigmoid = ops.Sigmoid()

    def construct(self, logits):
        probs = self.sigmoid(logits)
        thr = np.percentile(probs, self.q)
        mask = (probs > thr).astype(ms.float32)
        return mask


def make():
    np.random.seed(22)
    lg = np.random.randn(1, 1, 12, 12).astype(np.float32)
    return AdaptiveThreshold(), (Tensor(lg),)
