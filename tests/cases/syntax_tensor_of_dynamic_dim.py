# case: Tensor() of the length of a nonzero result (a dynamic dimension), then ops.range up to it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        idx = (x > 0).nonzero()
        picked = x.view(-1)[idx[:, 0] * x.shape[1] + idx[:, 1]]
        end = Tensor(picked.shape[0], ms.int32)
        order = ops.range(Tensor(0, ms.int32), end, Tensor(1, ms.int32))
        return order


def make():
    return Net(), (Tensor(np.array([[1.0, -1.0], [2.0, 3.0]], np.float32)),)
