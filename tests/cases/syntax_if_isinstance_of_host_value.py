# case: an isinstance test on items of a tensor's tolist() (LAX interpreter values)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        total = 0.0
        for row in x.tolist():
            if isinstance(row, list):
                total = total + 1.0
        return x * total


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
