# case: max() of a .tolist() list sizes a slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Trim(nn.Cell):
    def __init__(self, level=0.5):
        super().__init__()
        self.level = level

    def construct(self, columns, ink):
        inked = (ink > self.level).astype(ms.int32)
        lengths = inked.sum(axis=1).tolist()
        m = max(lengths)
        return columns[:, :m, :]


def make():
    np.random.seed(3)
    return Trim(), (Tensor(np.random.rand(3, 6, 2).astype(np.float32)), Tensor(np.random.rand(3, 6).astype(np.float32)))
