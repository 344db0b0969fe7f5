# case: the same pop under `if picked:` -> error at the pop, both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        picked = []
        for i in range(3):
            if x[i] > 0:
                picked.append(i)
        if picked:
            j = picked.pop()
            return x * j
        return x


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
