# case: feature clipper rescales when the tensor norm exceeds max_norm; both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClippedProjector(nn.Cell):
    def __init__(self, in_dim=6, out_dim=6, max_norm=1.0, eps=1e-6, clip=True):
        super().__init__()
        self.proj = nn.Dense(in_dim, out_dim)
        self.max_norm = max_norm
        self.eps = eps
        self.clip = clip

    def _clip(self, x):
        total_norm = ops.sqrt((x * x).sum())
        if total_norm > self.max_norm:
            x = x * (self.max_norm / (total_norm + self.eps))
        else:
            x = x * 1.0
        return x

    def construct(self, x):
        h = self.proj(x)
        if self.clip:
            h = self._clip(h)
        return h, ops.sqrt((h * h).sum())


def make():
    np.random.seed(40)
    x = np.random.randn(3, 6).astype(np.float32) * 2
    return ClippedProjector(), (Tensor(x),)
