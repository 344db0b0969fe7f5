# case: near miss: constant for loop with a tensor-conditioned early return of the same kind
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        for _ in range(3):
            x = x * 2
            if x.sum() > 50:
                return x
        return x + 1


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
