# case: wow-and-flutter meter wraps the frequency deviation in try/except to fall back to zero when the tone is missing -> try statement in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WowFlutterMeter(nn.Cell):
    def __init__(self, nominal_hz=3150.0):
        super().__init__()
        self.nominal_hz = nominal_hz

    def construct(self, inst_freq_hz):
        try:
            dev = (inst_freq_hz - self.nominal_hz) / self.nominal_hz
            wrms = ops.sqrt((dev * dev).mean()) * 100.0
        except ValueError:
            wrms = ops.zeros((), ms.float32)
        return wrms


def make():
    np.random.seed(82)
    t = np.arange(1000, dtype=np.float32) / 1000.0
    f = (3150.0 + 4.0 * np.sin(2 * np.pi * 0.55 * t) + np.random.randn(1000)).astype(np.float32)
    return WowFlutterMeter(), (Tensor(f),)
