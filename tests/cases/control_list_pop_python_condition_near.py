# case: near miss: appends under a Python condition, then pop -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        picked = []
        for i in range(3):
            if i % 2 == 0:
                picked.append(i)
        j = picked.pop()
        return x * j


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
