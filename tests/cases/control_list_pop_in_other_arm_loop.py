# case: a stack pushed on one arm and popped on the other arm of a tensor if in a loop -> error at the pop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        stack = [0]
        out = x * 0
        for i in range(4):
            if x[i] > 0:
                stack.append(i)
            else:
                j = stack.pop()
                out[i] = j
        return out


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0, -3.0], np.float32)),)
