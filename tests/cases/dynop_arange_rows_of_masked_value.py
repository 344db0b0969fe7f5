# case: rows picked by a boolean mask, then an arange as long as the rows picked -> dynamic at the mask and at the arange
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowRanker(nn.Cell):
    def construct(self, x):
        picked = x[x[:, 0] > 0]
        rank = ops.arange(picked.shape[0]).astype(ms.float32)
        return picked.sum() + rank.sum()


def make():
    np.random.seed(0)
    return RowRanker(), (Tensor(np.random.randn(6, 3).astype(np.float32)),)
