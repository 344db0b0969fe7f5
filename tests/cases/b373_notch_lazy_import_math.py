# case: powerline notch filter lazily imports math inside construct to compute its pole radius from the mains frequency -> import statement in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NotchConfig:
    def __init__(self, fs=250.0, mains_hz=50.0, bandwidth_hz=2.0):
        self.fs = fs
        self.mains_hz = mains_hz
        self.bandwidth_hz = bandwidth_hz


class PowerlineNotch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fs = config.fs
        self.f0 = config.mains_hz
        self.bw = config.bandwidth_hz

    def construct(self, ecg):
        import math
        w0 = 2.0 * math.pi * self.f0 / self.fs
        r = 1.0 - math.pi * self.bw / self.fs
        c = 2.0 * math.cos(w0)
        x0 = ecg[..., 2:]
        x1 = ecg[..., 1:-1]
        x2 = ecg[..., :-2]
        y = x0 - c * x1 + x2
        return y * (1.0 + r) / 2.0


def make():
    np.random.seed(3764)
    t = np.arange(500) / 250.0
    x = np.sin(2 * np.pi * 1.2 * t) + 0.3 * np.sin(2 * np.pi * 50 * t) + 0.01 * np.random.randn(2, 500)
    return PowerlineNotch(NotchConfig()), (Tensor(x.astype(np.float32)),)
