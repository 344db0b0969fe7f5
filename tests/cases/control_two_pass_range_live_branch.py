# case: `for i in range(2): for j in range(2): if i != j:` has passes where i != j, so the branch and its nonzero are compiled: a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        loss = x.sum()
        for i in range(2):
            for j in range(2):
                if i != j:
                    idx = ops.nonzero(x > 0)
                    loss = loss + idx.sum()
        return loss


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
