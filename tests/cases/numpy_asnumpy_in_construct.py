# case: .asnumpy() + np.clip then Tensor(arr) inside construct; expect dynamic at LAX (fallback), error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumpyClip(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 8)

    def construct(self, x):
        y = self.fc(x)
        arr = np.clip(y.asnumpy(), -1.0, 1.0)
        return Tensor(arr) + x


def make():
    return NumpyClip(), (Tensor(np.ones((2, 8), np.float32)),)
