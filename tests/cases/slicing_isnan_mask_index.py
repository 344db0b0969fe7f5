# case: boolean mask from mint.isnan used as an index (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class DropNaN(nn.Cell):
    def construct(self, x):
        bad = mint.isnan(x)
        return x[mint.logical_not(bad)]


def make():
    return DropNaN(), (Tensor(np.array([1.0, np.nan, 3.0], np.float32)),)
