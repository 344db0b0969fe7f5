# case: a pure helper called as a bare statement, its result unused, on a boolean mask
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def positives(self, scale, x):
        kept = x[x > 0]
        return kept * scale

    def construct(self, x):
        self.positives(0.5, x)
        return x * 2


def make():
    return Net(), (Tensor(np.array([-1.0, 2.0, 3.0], np.float32)),)
