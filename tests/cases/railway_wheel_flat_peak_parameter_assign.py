# case: wheel-flat detector keeps the last peak in a Parameter updated with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class WheelFlatMonitor(nn.Cell):
    def __init__(self, n_axles=4, ratio=3.0):
        super().__init__()
        self.ratio = ratio
        self.last_peak = Parameter(Tensor(np.zeros(n_axles, np.float32)), name="last_peak",
                                   requires_grad=False)

    def construct(self, vib):
        env = ops.abs(vib)
        peak = env.max(axis=1)
        rms = ops.sqrt((vib * vib).mean(axis=1))
        ops.assign(self.last_peak, peak)
        return peak > self.ratio * rms


def make():
    np.random.seed(12)
    vib = np.random.randn(4, 48).astype(np.float32)
    vib[1, 20] = 9.0
    return WheelFlatMonitor(), (Tensor(vib),)
