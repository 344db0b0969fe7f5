# case: doubles a temporal window inside a while loop until it covers the action length tensor, slicing feats[:, :w] each step -> error/dynamic, loop-varying slice shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveWindowPool(nn.Cell):
    def __init__(self, init_window=2):
        super().__init__()
        self.init_window = init_window

    def construct(self, feats, action_len):
        # feats: (C, T)
        w = self.init_window
        pooled = feats[:, :w].mean(axis=1)
        while w < action_len:
            w = w * 2
            pooled = feats[:, :w].mean(axis=1)
        return pooled


def make():
    np.random.seed(19)
    feats = Tensor(np.random.randn(4, 32).astype(np.float32))
    action_len = Tensor(11, ms.int32)
    return AdaptiveWindowPool(), (feats, action_len)
