# case: CTR calibration head (Platt scaling) plus an expected-calibration-error metric over a fixed number of equal-width bins using one-hot bin assignment -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlattScaling(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = ms.Parameter(Tensor(np.ones((1,), np.float32)), name="a")
        self.b = ms.Parameter(Tensor(np.zeros((1,), np.float32)), name="b")

    def construct(self, logits):
        return ops.sigmoid(self.a * logits + self.b)


class CalibratedCTR(nn.Cell):
    def __init__(self, num_bins=10):
        super().__init__()
        self.platt = PlattScaling()
        self.num_bins = num_bins

    def ece(self, probs, labels):
        bin_idx = ops.clip((probs * self.num_bins).astype(ms.int32), 0, self.num_bins - 1)
        onehot = ops.one_hot(bin_idx, self.num_bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        count = onehot.sum(axis=0)
        conf = (onehot * probs.expand_dims(-1)).sum(axis=0)
        acc = (onehot * labels.expand_dims(-1)).sum(axis=0)
        gap = ops.abs(conf - acc) / ops.maximum(count, 1.0)
        return (gap * count).sum() / probs.shape[0]

    def construct(self, logits, labels):
        probs = self.platt(logits)
        return probs, self.ece(probs, labels)


def make():
    np.random.seed(33)
    logits = Tensor(np.random.randn(20).astype(np.float32))
    labels = Tensor((np.random.rand(20) > 0.6).astype(np.float32))
    return CalibratedCTR(), (logits, labels)
