# case: appends under a tensor if in a loop, then pop() -> error at the pop, both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        picked = []
        for i in range(3):
            if x[i] > 0:
                picked.append(i)
        j = picked.pop()
        return x * j


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
