# case: spectral attention pooling has a masked_select path for an optional pixel mask, but make() passes no mask so `mask is not None` is false at compile time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    def __init__(self, dim=16, heads=2, dropout=0.0):
        self.dim = dim
        self.heads = heads
        self.dropout = dropout


class AttentionPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.query = ms.Parameter(Tensor(np.random.randn(1, config.dim).astype(np.float32) * 0.02), name="query")
        self.key = nn.Dense(config.dim, config.dim)
        self.scale = config.dim ** -0.5

    def _scores(self, tokens, mask=None):
        s = (self.key(tokens) * self.query).sum(-1) * self.scale
        if mask is not None:
            s = ops.masked_select(s, mask).reshape(tokens.shape[0], -1)
            tokens = tokens[mask]
        return ops.softmax(s, -1), tokens

    def construct(self, tokens, mask=None):
        attn, tokens = self._scores(tokens, mask)
        pooled = (attn.expand_dims(-1) * tokens).sum(1)
        return pooled


class PixelEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = AttentionPool(config)

    def construct(self, tokens, *args, **kwargs):
        return self.pool(tokens, *args, **kwargs)


def make():
    np.random.seed(3857)
    cfg = PoolConfig()
    x = Tensor(np.random.rand(3, 9, cfg.dim).astype(np.float32))
    return PixelEncoder(cfg), (x,)
