# case: @dataclass config passed to __init__, its fields read in construct for reshape sizes and scaling; fields fold to constants -> static at both levels
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class EmbedConfig:
    vocab: int = 20
    dim: int = 8
    scale_by_dim: bool = True


class Embedder(nn.Cell):
    def __init__(self, cfg: EmbedConfig = EmbedConfig()):
        super().__init__()
        self.cfg = cfg
        self.table = nn.Embedding(cfg.vocab, cfg.dim)

    def construct(self, ids):
        e = self.table(ids)
        if self.cfg.scale_by_dim:
            e = e * (self.cfg.dim ** 0.5)
        return e.reshape(-1, self.cfg.dim)


def make():
    return Embedder(EmbedConfig(dim=6)), (Tensor(np.array([[1, 2, 3], [4, 5, 6]], np.int32)),)
