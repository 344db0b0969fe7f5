# case: plain config object stored in __init__, only its int/float attributes read in construct; constants at both levels -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, hidden=16, dropout=0.0, scale=0.5):
        self.hidden = hidden
        self.dropout = dropout
        self.scale = scale


class Projector(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else ModelConfig()
        self.dense = nn.Dense(8, self.cfg.hidden)

    def construct(self, x):
        h = self.dense(x)
        h = h * self.cfg.scale
        if self.cfg.dropout > 0:
            h = ops.dropout(h, p=self.cfg.dropout)
        return ops.relu(h)


def make():
    return Projector(ModelConfig(hidden=12)), (Tensor(np.ones((4, 8), np.float32)),)
