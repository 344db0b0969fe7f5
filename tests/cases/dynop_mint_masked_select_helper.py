# case: masked selection in a module-level helper that construct calls (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


def select_valid(values, lengths):
    steps = mint.arange(values.shape[1]).unsqueeze(0)
    mask = steps < lengths.unsqueeze(1)
    return mint.masked_select(values, mask)


class MeanValid(nn.Cell):
    def construct(self, values, lengths):
        return select_valid(values, lengths).mean()


def make():
    return MeanValid(), (Tensor(np.ones((2, 4), np.float32)), Tensor(np.array([2, 3], np.int64)))
