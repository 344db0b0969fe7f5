# case: span scorer zeroes padding with ops.select and mean-pools with a mask-weighted sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPool(nn.Cell):
    def __init__(self, hidden=8, eps=1e-6, normalize=True):
        super().__init__()
        self.eps = eps
        self.normalize = normalize
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, hidden, mask):
        h = self.proj(hidden)
        m = ops.broadcast_to(mask.expand_dims(-1), h.shape)
        h = ops.select(m, h, ops.zeros_like(h))
        counts = mask.astype(h.dtype).sum(axis=1, keepdims=True)
        pooled = h.sum(axis=1) / (counts + self.eps)
        if self.normalize:
            pooled = pooled / ops.norm(pooled, dim=-1, keepdim=True).clip(self.eps)
        return pooled


def make():
    np.random.seed(34)
    hidden = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 0, 0, 0]], dtype=np.bool_))
    return MaskedMeanPool(), (hidden, mask)
