# case: computes Murray-Davies dot gain per colour unit and a pass/fail flag with a constant nominal-tone table; no printing or host calls -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DotGainCheck(nn.Cell):
    def __init__(self, nominal_tones=(0.25, 0.5, 0.75), max_gain=0.18):
        super().__init__()
        self.nominal = Tensor(np.array(nominal_tones, np.float32))
        self.max_gain = max_gain

    def murray_davies(self, d_tint, d_solid):
        return (1.0 - ops.pow(10.0, -d_tint)) / (1.0 - ops.pow(10.0, -d_solid))

    def construct(self, d_tint, d_solid):
        # d_tint: (units, tones), d_solid: (units,)
        area = self.murray_davies(d_tint, d_solid.reshape(-1, 1))
        gain = area - self.nominal.reshape(1, -1)
        ok = ops.all(gain <= self.max_gain, axis=1)
        return gain, ok


def make():
    np.random.seed(19)
    d_tint = np.random.uniform(0.2, 0.9, (4, 3)).astype(np.float32)
    d_solid = np.random.uniform(1.35, 1.5, (4,)).astype(np.float32)
    return DotGainCheck(), (Tensor(d_tint), Tensor(d_solid))
