# case: pooling mixin provides staticmethod helpers for mean/max pooling chosen by a config string -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingMixin:
    @staticmethod
    def masked_mean(h, mask):
        w = mask.astype(h.dtype).expand_dims(-1)
        return (h * w).sum(axis=1) / w.sum(axis=1).clip(1.0)

    @staticmethod
    def masked_max(h, mask):
        fill = ops.full_like(h, -1e4)
        return ops.where(mask.expand_dims(-1), h, fill).max(axis=1)

    def pool(self, h, mask):
        if self.pool_type == "max":
            return self.masked_max(h, mask)
        return self.masked_mean(h, mask)


class PooledEncoder(PoolingMixin, nn.Cell):
    def __init__(self, dim=8, pool_type="max"):
        super().__init__()
        self.pool_type = pool_type
        self.enc = nn.Dense(dim, dim)

    def construct(self, h, mask):
        return self.pool(ops.gelu(self.enc(h)), mask)


def make():
    np.random.seed(39)
    h = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 0, 0], [1, 1, 1, 0]], dtype=np.bool_))
    return PooledEncoder(), (h, mask)
