# case: the same @jit_class meter with its count starting at 1 -> no zero divisor: the method's writes run in the interpreter (LAX), STRICT refuses them
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Meter:
    def __init__(self, scale):
        self.scale = scale
        self.total = 0.0
        self.count = 1

    def update(self, value):
        self.total = self.total + value * self.scale
        self.count = self.count + 1


class BandEnergy(nn.Cell):
    def __init__(self, bands=3):
        super().__init__()
        self.bands = bands

    def construct(self, spec):
        meter = Meter(2)
        for b in range(self.bands):
            meter.update(spec[b].mean())
        return meter.total / meter.count


def make():
    np.random.seed(7)
    return BandEnergy(), (Tensor(np.random.rand(3, 8).astype(np.float32)),)
