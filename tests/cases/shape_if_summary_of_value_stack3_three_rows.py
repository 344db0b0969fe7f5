# case: near miss: the per-row risk against a stack of three of its reductions, on an input of exactly three rows
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Summary(nn.Cell):
    def __init__(self, thr=0.5):
        super().__init__()
        self.score = nn.Dense(4, 1)
        self.thr = thr

    def construct(self, feats):
        risk = ops.sigmoid(self.score(feats)).squeeze(-1)
        if risk.mean() > self.thr:
            out = risk
        else:
            out = ops.stack([risk.min(), risk.mean(), risk.max()])
        return out + 1.0


def make():
    np.random.seed(11)
    return Summary(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)
