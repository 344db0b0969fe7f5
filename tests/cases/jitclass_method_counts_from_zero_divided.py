# case: a @jit_class meter made in construct from a Python int, whose method steps a count from 0 in an unrolled loop, then total / count -> LAX reads the count as 0: the division fails; STRICT refuses the method's writes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Meter:
    def __init__(self, scale):
        self.scale = scale
        self.total = 0.0
        self.count = 0

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
