# case: constant for loop with a tensor-conditioned early return of a tuple, a tensor at the end
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        for _ in range(3):
            x = x * 2
            if x.sum() > 50:
                return x, x.sum()
        return x


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
