# case: near miss of the LayerNorm case: nn.Conv2d takes it -> LAX dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layer = nn.Conv2d(3, 4, 3)

    def construct(self, x):
        h = Tensor(x.asnumpy() * 2.0)
        y = self.layer(h)
        return y + 1


def make():
    np.random.seed(0)
    return Net(), (Tensor(np.random.randn(1, 3, 8, 8).astype(np.float32)),)
