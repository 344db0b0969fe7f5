# case: mint.unique_consecutive with counts (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class RunLength(nn.Cell):
    def construct(self, ids):
        values, counts = mint.unique_consecutive(ids, return_counts=True)
        return values, counts


def make():
    return RunLength(), (Tensor(np.array([1, 1, 2, 2, 2, 3], np.int64)),)
