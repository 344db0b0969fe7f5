# case: applies np.exp/np.log1p directly to a tensor inside construct; LAX falls back to the interpreter (dynamic), STRICT raises an error
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class SoftPlus(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        h = self.fc(x)
        return np.log1p(np.exp(h))


def make():
    return SoftPlus(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
