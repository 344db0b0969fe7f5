# case: masked_select pruning behind a dataclass config field whose default is True -> live
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class PruningConfig:
    dim: int = 8
    prune_tokens: bool = True
    keep_threshold: float = 0.5


class PrunableBlock(nn.Cell):
    def __init__(self, cfg: PruningConfig = PruningConfig()):
        super().__init__()
        self.score = nn.Dense(cfg.dim, 1)
        self.mlp = nn.Dense(cfg.dim, cfg.dim)
        self.prune_tokens = cfg.prune_tokens
        self.keep_threshold = cfg.keep_threshold
        self.dim = cfg.dim

    def _prune(self, x, keep):
        kept = ops.masked_select(x, ops.broadcast_to(keep, x.shape))
        return kept.reshape(-1, self.dim)

    def construct(self, x):
        keep = ops.sigmoid(self.score(x)) > self.keep_threshold
        if self.prune_tokens:
            x = self._prune(x, keep)
        else:
            x = x * keep.astype(x.dtype)
        return self.mlp(x)


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return PrunableBlock(), (x,)
