# case: sliding-window temporal pooling driven by a Python generator helper with yield called from construct -> error, generators unsupported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def windows(length, size, stride):
    start = 0
    while start + size <= length:
        yield start
        start += stride


class SlidingWindowPool(nn.Cell):
    def __init__(self, window=4, stride=2):
        super().__init__()
        self.window = window
        self.stride = stride

    def construct(self, feats):
        # feats: (T, C)
        pooled = [feats[s:s + self.window].max(axis=0) for s in windows(feats.shape[0], self.window, self.stride)]
        return ops.stack(pooled)


def make():
    np.random.seed(17)
    feats = Tensor(np.random.randn(12, 6).astype(np.float32))
    return SlidingWindowPool(), (feats,)
