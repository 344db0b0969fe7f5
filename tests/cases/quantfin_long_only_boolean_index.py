# case: keep only assets with positive signal by boolean-mask indexing, then renormalize the surviving weights -> boolean-mask indexing gives a data-dependent size, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongOnlyWeights(nn.Cell):
    def __init__(self, gross=1.0):
        super().__init__()
        self.gross = gross

    def construct(self, signal):
        longs = signal[signal > 0]
        w = longs / longs.sum() * self.gross
        return w


def make():
    np.random.seed(7)
    signal = Tensor(np.random.randn(12).astype(np.float32))
    return LongOnlyWeights(), (signal,)
