# case: mask from mint.isnan used with masked_fill (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class ZeroNaN(nn.Cell):
    def construct(self, x):
        bad = mint.isnan(x)
        return x.masked_fill(bad, 0.0)


def make():
    return ZeroNaN(), (Tensor(np.array([1.0, np.nan, 3.0], np.float32)),)
