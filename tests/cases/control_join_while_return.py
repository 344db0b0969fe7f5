# case: return inside a tensor-conditioned while loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        while x.sum() < 100:
            if x.max() > 20:
                return x
            x = x * 2
        return x + 1


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
