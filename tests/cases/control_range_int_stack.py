# case: range(int(n)), appending to a list then ops.stack
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        out = []
        for _ in range(int(n)):
            out.append(x * 2)
        return ops.stack(out)


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
