# case: `for i in range(1): for j in range(1): if i != j:` unrolls to one pass with i == j == 0, so the branch is decided while compiling and its nonzero is never compiled
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        loss = x.sum()
        for i in range(1):
            for j in range(1):
                if i != j:
                    idx = ops.nonzero(x > 0)
                    loss = loss + idx.shape[0]
        return loss


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
