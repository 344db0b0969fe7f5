# case: gradient-style clipping branches on a tensor norm but both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClippedResidual(nn.Cell):
    def __init__(self, dim=8, max_norm=1.0, clip=True):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.max_norm = max_norm
        self.clip = clip

    def _norm(self, t):
        return ops.sqrt((t * t).sum())

    def construct(self, x):
        update = self.fc(x)
        if self.clip:
            n = self._norm(update)
            if n > self.max_norm:
                update = update * (self.max_norm / n)
            else:
                update = update * 1.0
        return x + update


def make():
    np.random.seed(45)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return ClippedResidual(), (x,)
