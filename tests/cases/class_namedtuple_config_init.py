# case: transformer block reads ints from a namedtuple config stored in __init__ (near miss)
import collections
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BlockConfig = collections.namedtuple("BlockConfig", ["dim", "heads", "mlp_ratio"])


class Block(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.norm = nn.LayerNorm((cfg.dim,))
        self.mlp = nn.SequentialCell([nn.Dense(cfg.dim, cfg.dim * cfg.mlp_ratio), nn.GELU(),
                                      nn.Dense(cfg.dim * cfg.mlp_ratio, cfg.dim)])

    def construct(self, x):
        b, t, _ = x.shape
        h = self.norm(x).reshape(b, t, self.cfg.heads, self.cfg.dim // self.cfg.heads)
        return x + self.mlp(h.reshape(b, t, self.cfg.dim))


def make():
    return Block(BlockConfig(dim=8, heads=2, mlp_ratio=2)), (Tensor(np.random.randn(2, 3, 8).astype(np.float32)),)
