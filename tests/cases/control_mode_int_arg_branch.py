# case: head takes a Python int mode from the factory that picks pooled or full outputs (near miss)
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
            return y.mean(axis=1)
        return y


def make():
    mode = 0
    return Head(), (Tensor(np.random.randn(2, 4, 6).astype(np.float32)), mode)
