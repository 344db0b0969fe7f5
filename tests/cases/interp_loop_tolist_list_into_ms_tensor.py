# case: a list filled in a loop over .tolist() of the input, then ms.tensor() of the list -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Flags(nn.Cell):
    def __init__(self, lo=0.0):
        super().__init__()
        self.lo = lo

    def construct(self, xy, g):
        flags = []
        for x, y in xy.tolist():
            flags.append(1.0 if x == self.lo else 0.0)
        b = ms.tensor(flags, ms.float32)
        return b * g


def make():
    np.random.seed(27)
    xy = np.random.rand(12, 2).astype(np.float32)
    xy[:3, 0] = 0.0
    return Flags(), (Tensor(xy), Tensor(np.random.rand(12).astype(np.float32)))
