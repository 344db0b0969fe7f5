# case: reshape guard using an assignment expression (walrus) on x.shape[1]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Folder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        if (t := x.shape[1]) % 2 == 0:
            x = x.reshape(x.shape[0] * 2, t // 2, -1)
        return self.fc(x)


def make():
    return Folder(), (Tensor(np.random.randn(2, 4, 3).astype(np.float32)),)
