# case: key projection built from an nn.Conv2d subclass producing key, shrinkage and selection terms and an nn.Dense subclass for the query, both calling super().construct -> ordinary subclassing, static shapes; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyConfig:
    def __init__(self, in_dim=16, key_dim=8, use_shrinkage=True, use_selection=True):
        self.in_dim = in_dim
        self.key_dim = key_dim
        self.use_shrinkage = use_shrinkage
        self.use_selection = use_selection


class KeyConv(nn.Conv2d):
    def __init__(self, in_dim, out_dim):
        super().__init__(in_dim, out_dim, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return super().construct(x)


class QueryDense(nn.Dense):
    def construct(self, x):
        # x: B, HW, C
        b, n, c = x.shape
        return super().construct(x.reshape(b * n, c)).reshape(b, n, -1)


class KeyProjection(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_shrinkage = config.use_shrinkage
        self.use_selection = config.use_selection
        self.key_proj = KeyConv(config.in_dim, config.key_dim)
        self.d_proj = KeyConv(config.in_dim, 1) if config.use_shrinkage else None
        self.e_proj = QueryDense(config.in_dim, config.key_dim) if config.use_selection else None

    def construct(self, x):
        key = self.key_proj(x)
        shrinkage = self.d_proj(x) ** 2 + 1 if self.d_proj is not None else None
        selection = None
        if self.e_proj is not None:
            b, c, h, w = x.shape
            tokens = x.reshape(b, c, h * w).transpose(0, 2, 1)
            selection = ops.sigmoid(self.e_proj(tokens)).transpose(0, 2, 1).reshape(b, -1, h, w)
        return key, shrinkage, selection


def make():
    np.random.seed(3902)
    x = Tensor(np.random.randn(1, 16, 6, 6).astype(np.float32))
    return KeyProjection(KeyConfig()), (x,)
