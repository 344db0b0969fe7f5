# case: jit_class meter stored on the Cell, its python int counter incremented in construct (self.meter.count += 1); LAX interprets it (dynamic), STRICT fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Meter:
    def __init__(self):
        self.count = 0
        self.total = 0.0


class Tracked(nn.Cell):
    def __init__(self):
        super().__init__()
        self.meter = Meter()

    def construct(self, x):
        self.meter.count += 1
        y = x * self.meter.count
        return y.mean()


def make():
    return Tracked(), (Tensor(np.ones((4, 4), np.float32)),)
