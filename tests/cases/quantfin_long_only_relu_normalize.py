# case: long-only weights by zeroing negative signals with relu and normalizing over the full asset vector -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongOnlyWeights(nn.Cell):
    def __init__(self, gross=1.0, max_weight=0.3):
        super().__init__()
        self.gross = gross
        self.max_weight = max_weight

    def cap(self, w):
        w = ops.clamp(w, 0.0, self.max_weight)
        return w / (w.sum(axis=-1, keepdims=True) + 1e-8)

    def construct(self, signal):
        pos = ops.relu(signal)
        w = pos / (pos.sum(axis=-1, keepdims=True) + 1e-8)
        for _ in range(3):
            w = self.cap(w)
        return w * self.gross


def make():
    np.random.seed(8)
    signal = Tensor(np.random.randn(4, 12).astype(np.float32))
    return LongOnlyWeights(), (signal,)
