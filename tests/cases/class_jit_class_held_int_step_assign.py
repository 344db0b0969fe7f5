# case: a jit_class held by the Cell has its int field stepped by 1 with a plain assignment in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Meter:
    def __init__(self):
        self.count = 0
        self.total = 0.0
        self.sign = 1.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.meter = Meter()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        h = self.fc(x)
        self.meter.count = self.meter.count + 1
        return h


def make():
    np.random.seed(8)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
