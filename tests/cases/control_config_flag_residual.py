# case: a residual block branches on Python bool config flags set in __init__, resolved at compile time, so static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, dim, use_residual=True, use_norm=False):
        super().__init__()
        self.use_residual = use_residual
        self.use_norm = use_norm
        self.fc = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x):
        h = self.fc(x)
        if self.use_norm:
            h = self.norm(h)
        if self.use_residual:
            h = h + x
        return ops.relu(h)


def make():
    return ResBlock(5, use_residual=True, use_norm=False), (Tensor(np.random.randn(2, 5).astype(np.float32)),)
