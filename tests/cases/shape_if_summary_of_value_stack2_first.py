# case: a tensor if: a stack of the risk's min and max against the risk itself (7 rows)
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
            out = ops.stack((risk.min(), risk.max()))
        else:
            out = risk
        return out + 1.0


def make():
    np.random.seed(11)
    return Summary(), (Tensor(np.random.rand(7, 4).astype(np.float32)),)
