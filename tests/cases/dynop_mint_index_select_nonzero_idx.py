# case: mint.index_select with indices from mint.nonzero of a mask (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class KeepPositive(nn.Cell):
    def construct(self, x, score):
        keep = mint.nonzero(score > 0.5).squeeze(-1)
        return mint.index_select(x, 0, keep)


def make():
    return KeepPositive(), (Tensor(np.ones((6, 4), np.float32)), Tensor(np.linspace(0, 1, 6).astype(np.float32)))
