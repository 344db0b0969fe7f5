# case: SCADA vibration RMS is turned into a Python float and passed through math.log10 to get a dB level inside construct -> float()/math on a tensor value, expect error (or fallback) in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VibrationLevel(nn.Cell):
    def __init__(self, ref_rms=1e-3):
        super().__init__()
        self.ref_rms = ref_rms

    def rms(self, x):
        return ops.sqrt((x * x).mean())

    def construct(self, accel):
        r = float(self.rms(accel))
        level_db = 20.0 * math.log10(r / self.ref_rms)
        return accel * level_db


def make():
    np.random.seed(9)
    accel = Tensor((np.random.randn(128) * 0.05).astype(np.float32))
    return VibrationLevel(), (accel,)
