# case: find frames with high actionness via ops.nonzero and gather their features -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActionnessGrouping(nn.Cell):
    def __init__(self, in_channels=16, thresh=0.5):
        super().__init__()
        self.head = nn.Dense(in_channels, 1)
        self.thresh = thresh

    def construct(self, feats):
        # feats: (T, C)
        actionness = ops.sigmoid(self.head(feats)).squeeze(-1)
        idx = ops.nonzero(actionness > self.thresh).squeeze(-1)
        fg = ops.gather(feats, idx, 0)
        return fg.sum(axis=0), idx


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(24, 16).astype(np.float32))
    return ActionnessGrouping(), (feats,)
