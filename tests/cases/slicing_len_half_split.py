# case: two-stream block splits the batch in half using len(x) // 2 (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoStream(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = nn.Dense(6, 6)
        self.b = nn.Dense(6, 6)

    def construct(self, x):
        half = len(x) // 2
        ya = self.a(x[:half])
        yb = self.b(x[half:])
        return ops.cat((ya, yb), axis=0)


def make():
    return TwoStream(), (Tensor(np.random.randn(8, 6).astype(np.float32)),)
