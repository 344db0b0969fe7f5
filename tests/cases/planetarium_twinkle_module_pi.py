# case: star field twinkle layer uses a module-level pi constant and per-star phases -> compiles statically
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TWO_PI = 2.0 * math.pi


class Twinkle(nn.Cell):
    def __init__(self, depth=0.15, freq_hz=3.0, layers=2):
        super().__init__()
        self.depth = depth
        self.freq_hz = freq_hz
        self.layers = layers

    def construct(self, brightness, phase, t):
        out = brightness
        for i in range(self.layers):
            osc = ops.sin(TWO_PI * self.freq_hz * (i + 1) * t + phase)
            out = out * (1.0 + self.depth / (i + 1) * osc)
        return out


def make():
    np.random.seed(349)
    b = Tensor(np.random.uniform(0.1, 1.0, 200).astype(np.float32))
    ph = Tensor(np.random.uniform(0, 2 * np.pi, 200).astype(np.float32))
    return Twinkle(), (b, ph, Tensor(np.array(0.4, np.float32)))
