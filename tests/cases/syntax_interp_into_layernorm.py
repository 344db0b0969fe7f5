# case: an interpreter value (a host copy made a Tensor again) into nn.LayerNorm -> LAX compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layer = nn.LayerNorm((8,))

    def construct(self, x):
        h = Tensor(x.asnumpy() * 2.0)
        y = self.layer(h)
        return y + 1


def make():
    np.random.seed(0)
    return Net(), (Tensor(np.random.randn(2, 4, 8).astype(np.float32)),)
