# case: keeps the strongest radar reflectors, with k equal to the number of samples above a threshold -> topk with a data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrongReflectors(nn.Cell):
    def __init__(self, threshold=1.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, amplitude):
        k = (amplitude > self.threshold).astype(ms.int32).sum()
        values, indices = ops.topk(amplitude, k)
        return values, indices


def make():
    np.random.seed(11)
    amp = Tensor(np.abs(np.random.randn(48)).astype(np.float32) * 1.5)
    return StrongReflectors(), (amp,)
