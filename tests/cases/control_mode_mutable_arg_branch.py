# case: same pooled-or-full head, but mode is ms.mutable so the branch is decided at run time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(6, 3)

    def construct(self, x, mode):
        y = self.fc(x)
        if mode == 0:
            y = y.mean(axis=1)
        return y * 2


def make():
    return Head(), (Tensor(np.random.randn(2, 4, 6).astype(np.float32)), ms.mutable(0))
