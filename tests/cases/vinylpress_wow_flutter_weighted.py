# case: wow-and-flutter meter with a fixed 4-tap weighting filter applied in a Python-int loop and a config flag for percent output -> constant loops and flags, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WEIGHT_TAPS = (0.1, 0.4, 0.4, 0.1)


class WowFlutterMeter(nn.Cell):
    def __init__(self, nominal_hz=3150.0, as_percent=True):
        super().__init__()
        self.nominal_hz = nominal_hz
        self.as_percent = as_percent

    def construct(self, inst_freq_hz):
        dev = (inst_freq_hz - self.nominal_hz) / self.nominal_hz
        n = dev.shape[0] - len(WEIGHT_TAPS) + 1
        weighted = ops.zeros((n,), ms.float32)
        for i, w in enumerate(WEIGHT_TAPS):
            weighted = weighted + w * dev[i:i + n]
        wrms = ops.sqrt((weighted * weighted).mean())
        if self.as_percent:
            wrms = wrms * 100.0
        return wrms


def make():
    np.random.seed(83)
    t = np.arange(1000, dtype=np.float32) / 1000.0
    f = (3150.0 + 4.0 * np.sin(2 * np.pi * 0.55 * t) + np.random.randn(1000)).astype(np.float32)
    return WowFlutterMeter(), (Tensor(f),)
