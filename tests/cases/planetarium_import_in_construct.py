# case: star field twinkle layer imports math inside construct to get pi for the scintillation phase -> import statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Twinkle(nn.Cell):
    def __init__(self, depth=0.15, freq_hz=3.0):
        super().__init__()
        self.depth = depth
        self.freq_hz = freq_hz

    def construct(self, brightness, phase, t):
        import math
        osc = ops.sin(2.0 * math.pi * self.freq_hz * t + phase)
        return brightness * (1.0 + self.depth * osc)


def make():
    np.random.seed(348)
    b = Tensor(np.random.uniform(0.1, 1.0, 200).astype(np.float32))
    ph = Tensor(np.random.uniform(0, 2 * np.pi, 200).astype(np.float32))
    return Twinkle(), (b, ph, Tensor(np.array(0.4, np.float32)))
