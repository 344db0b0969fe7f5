# case: sensor fusion net whose per-channel normalization and dropout are toggled by Python bool constructor flags -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorFusion(nn.Cell):
    def __init__(self, n_temp=4, n_vib=6, n_current=2, normalize=True, use_current=False):
        super().__init__()
        self.normalize = normalize
        self.use_current = use_current
        in_dim = n_temp + n_vib + (n_current if use_current else 0)
        self.fuse = nn.Dense(in_dim, 8)
        self.out = nn.Dense(8, 1)

    def _norm(self, x):
        mu = x.mean(axis=0, keep_dims=True)
        sd = x.std(axis=0, keepdims=True) + 1e-5
        return (x - mu) / sd

    def construct(self, temp, vib, current):
        parts = [temp, vib]
        if self.use_current:
            parts.append(current)
        x = ops.concat(parts, axis=1)
        if self.normalize:
            x = self._norm(x)
        return self.out(ops.relu(self.fuse(x)))


def make():
    np.random.seed(18)
    temp = Tensor(np.random.randn(7, 4).astype(np.float32))
    vib = Tensor(np.random.randn(7, 6).astype(np.float32))
    cur = Tensor(np.random.randn(7, 2).astype(np.float32))
    return SensorFusion(), (temp, vib, cur)
