# case: non-local (self-attention) block over the time axis of clip features with a residual connection -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalNonLocal(nn.Cell):
    """Embedded-Gaussian non-local block applied over T for (B, T, C) features."""

    def __init__(self, dim=16, reduction=2, use_scale=True):
        super().__init__()
        inner = dim // reduction
        self.theta = nn.Dense(dim, inner, has_bias=False)
        self.phi = nn.Dense(dim, inner, has_bias=False)
        self.g = nn.Dense(dim, inner, has_bias=False)
        self.out = nn.Dense(inner, dim)
        self.norm = nn.LayerNorm((dim,))
        self.scale = inner ** -0.5 if use_scale else 1.0

    def affinity(self, x):
        q = self.theta(x)
        k = self.phi(x)
        return ops.softmax(ops.bmm(q, k.transpose(0, 2, 1)) * self.scale, axis=-1)

    def construct(self, x):
        attn = self.affinity(x)
        y = ops.bmm(attn, self.g(x))
        return self.norm(x + self.out(y))


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return TemporalNonLocal(), (x,)
