# case: adaptive head pruning keeps half the channels when a tensor confidence score is high -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveWidthBlock(nn.Cell):
    def __init__(self, dim=8, threshold=0.0, adaptive=True):
        super().__init__()
        self.gate = nn.Dense(dim, 1)
        self.threshold = threshold
        self.adaptive = adaptive
        self.half = dim // 2

    def _confidence(self, x):
        return ops.sigmoid(self.gate(x)).mean()

    def construct(self, x):
        if not self.adaptive:
            return x
        conf = self._confidence(x)
        if conf > self.threshold:
            x = x[:, : self.half]
        else:
            x = x * 1.0
        return x.sum(axis=-1)


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return AdaptiveWidthBlock(), (x,)
