# case: a list comprehension over range with a Python filter (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        kept = [x[i] for i in range(4) if i % 2 == 0]
        return ops.stack(kept)


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
