# case: residual block collects activation statistics with .asnumpy() when debug flag (default on) -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualMLPBlock(nn.Cell):
    def __init__(self, dim=8, expansion=2, debug=True):
        super().__init__()
        self.fc1 = nn.Dense(dim, dim * expansion)
        self.fc2 = nn.Dense(dim * expansion, dim)
        self.act = nn.GELU()
        self.debug = debug
        self.norm = nn.LayerNorm((dim,))

    def _activation_stats(self, h):
        arr = h.asnumpy()
        return float(np.abs(arr).mean())

    def construct(self, x):
        h = self.act(self.fc1(self.norm(x)))
        if self.debug:
            mean_abs = self._activation_stats(h)
            h = h * (1.0 if mean_abs < 1e6 else 0.0)
        return x + self.fc2(h)


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return ResidualMLPBlock(), (x,)
