# case: SCADA encoder keeps the most recent half of the window, slicing with a bound taken from x.shape -> shape-derived slice, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecentHalfEncoder(nn.Cell):
    def __init__(self, n_channels=6, hidden=12):
        super().__init__()
        self.norm = nn.LayerNorm((n_channels,))
        self.proj = nn.Dense(n_channels, hidden)

    def construct(self, x):
        t = x.shape[1]
        recent = x[:, t // 2:, :]
        h = ops.gelu(self.proj(self.norm(recent)))
        return h.max(axis=1)


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(4, 30, 6).astype(np.float32))
    return RecentHalfEncoder(), (x,)
