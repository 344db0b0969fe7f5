# case: range(n.item()) carrying a same-shape tensor only (near miss?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        for _ in range(n.item()):
            x = x * 0.5
        return x


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
