# case: range() bound from a tensor .item() with list.append then ops.stack; list length unknown, expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Refiner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.step = nn.Dense(8, 8)

    def construct(self, x, n_iter):
        for _ in range(x.shape[0] // 2):
            x = x * 0.9
        collected = []
        for _ in range(n_iter.item()):
            x = self.step(x)
            collected.append(x)
        return ops.stack(collected)


def make():
    x = Tensor(np.ones((4, 8), np.float32))
    return Refiner(), (x, Tensor(3, ms.int32))
