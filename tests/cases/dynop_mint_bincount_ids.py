# case: mint.bincount of token ids (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class Histogram(nn.Cell):
    def construct(self, ids):
        return mint.bincount(ids)


def make():
    return Histogram(), (Tensor(np.array([0, 1, 1, 4], np.int64)),)
