# case: a list comprehension over a tensor filtered by a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        kept = [row for row in x if row.sum() > 0]
        return ops.stack(kept)


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
