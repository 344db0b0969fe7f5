# case: a list made anew on each pass of a while on tensor data, two appends, concatenated in the body -> same length every pass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Recur(nn.Cell):
    def __init__(self, limit=3):
        super().__init__()
        self.cell = nn.Dense(12, 6)
        self.limit = limit

    def construct(self, x, steps):
        h = ops.zeros_like(x)
        t = Tensor(0, ms.int32)
        while t < steps:
            parts = []
            parts.append(x)
            parts.append(h)
            joined = ops.concat(parts, axis=-1)
            h = ops.tanh(self.cell(joined))
            t += 1
        return h


def make():
    np.random.seed(0)
    return Recur(), (Tensor(np.random.randn(4, 6).astype(np.float32)), Tensor(3, ms.int32))
