# case: near miss: list append in a constant loop then stack
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        ys = []
        for i in range(3):
            ys.append(x[i])
        return ops.stack(ys)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
