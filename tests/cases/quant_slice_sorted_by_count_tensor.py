# case: keeps the n largest-magnitude weights where n is the tensor count of weights above threshold, slicing sorted values with [:n] -> dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdTopWeights(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def count_kept(self, w):
        return ops.reduce_sum((ops.abs(w) > self.threshold).astype(ms.int32))

    def construct(self, w):
        flat = ops.abs(w.reshape(-1))
        sorted_vals, _ = ops.sort(flat, descending=True)
        n = self.count_kept(w)
        kept = sorted_vals[:n]
        return ops.reduce_mean(kept), kept


def make():
    np.random.seed(20)
    w = Tensor(np.random.randn(5, 8).astype(np.float32))
    return ThresholdTopWeights(), (w,)
