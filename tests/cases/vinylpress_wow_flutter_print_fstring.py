# case: wow-and-flutter meter logs the measured speed deviation with an f-string print inside construct -> print of f-string with tensor, expect static or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WowFlutterMeter(nn.Cell):
    def __init__(self, nominal_hz=3150.0, verbose=True):
        super().__init__()
        self.nominal_hz = nominal_hz
        self.verbose = verbose

    def construct(self, inst_freq_hz):
        dev = (inst_freq_hz - self.nominal_hz) / self.nominal_hz
        wrms = ops.sqrt((dev * dev).mean()) * 100.0
        if self.verbose:
            print(f"wow&flutter WRMS {wrms} %")
        return wrms


def make():
    np.random.seed(81)
    t = np.arange(1000, dtype=np.float32) / 1000.0
    f = (3150.0 + 4.0 * np.sin(2 * np.pi * 0.55 * t) + np.random.randn(1000)).astype(np.float32)
    return WowFlutterMeter(), (Tensor(f),)
