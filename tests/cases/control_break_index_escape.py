# case: loop index fixed by a tensor-condition break, then used as a slice bound
import numpy as np
import mindspore as ms
from mindspore import nn


class FirstNeg(nn.Cell):
    def construct(self, x):
        stop = 0
        for i in range(4):
            stop = i
            if x[i] < 0:
                break
        return x[:stop]


def make():
    return FirstNeg(), (ms.Tensor(np.array([1, 2, -1, 3], np.float32)),)
