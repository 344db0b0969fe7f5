# case: field query wrapped in try/except that falls back to a constant density when the feature lookup fails -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustDensityField(nn.Cell):
    def __init__(self, hidden=16, fallback_density=0.0, n_freqs=4):
        super().__init__()
        self.fallback_density = fallback_density
        self.freqs = Tensor((2.0 ** np.arange(n_freqs)).astype(np.float32))
        self.net = nn.SequentialCell([nn.Dense(3 + 6 * n_freqs, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def encode(self, x):
        s = (x[..., None, :] * self.freqs[:, None]).reshape(x.shape[0], -1)
        return ops.concat([x, ops.sin(s), ops.cos(s)], axis=-1)

    def query(self, pts):
        return ops.softplus(self.net(self.encode(pts))).squeeze(-1)

    def construct(self, pts):
        flat = pts.reshape(-1, 3)
        try:
            sigma = self.query(flat)
        except RuntimeError:
            sigma = ops.full((flat.shape[0],), self.fallback_density, dtype=ms.float32)
        return sigma.reshape(pts.shape[:-1])


def make():
    np.random.seed(33)
    pts = Tensor(np.random.randn(4, 6, 3).astype(np.float32))
    return RobustDensityField(), (pts,)
