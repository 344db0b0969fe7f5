# case: negative-split check with a tensor if whose branches both return a per-split vector of the same shape (scaled split deltas) -> tensor control flow with matching shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NegativeSplitDelta(nn.Cell):
    def __init__(self, n_splits=42):
        super().__init__()
        self.half = n_splits // 2

    def construct(self, splits):
        first = splits[:self.half].sum()
        second = splits[self.half:].sum()
        even = splits.mean()
        if second < first:
            delta = (splits - even) * -1.0
        else:
            delta = splits - even
        bonus = ops.select(delta > 0, delta, ops.zeros_like(delta))
        return delta, bonus.sum()


def make():
    np.random.seed(152)
    s = np.r_[np.random.normal(305, 5, 21), np.random.normal(298, 5, 21)].astype(np.float32)
    return NegativeSplitDelta(), (Tensor(s),)
