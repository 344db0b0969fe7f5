# case: constant loop with a tensor-condition break after concat growth
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Extend(nn.Cell):
    def construct(self, x, t):
        for _ in range(3):
            if x.sum() > t:
                break
            x = ops.concat((x, x[:1]))
        return x


def make():
    return Extend(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(100.0, ms.float32))
