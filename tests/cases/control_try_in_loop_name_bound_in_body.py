# case: a name bound and read inside the same `try` body of a loop is bound on every path that reads it; what MindSpore rejects is the `try` itself
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        out = 0
        for i in range(3):
            try:
                b = i + 1
                c = b * 2
            except ValueError:
                continue
            out = out + c
        return x * out


def make():
    return Net(), (Tensor(np.ones((2,), np.float32)),)
