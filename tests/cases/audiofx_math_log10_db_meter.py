# case: peak meter converts the peak amplitude tensor to dB with math.log10 inside construct -> error (math module on tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakMeterDb(nn.Cell):
    def __init__(self, floor_db=-90.0):
        super().__init__()
        self.floor_db = floor_db

    def construct(self, audio):
        peak = ops.abs(audio).max()
        peak_db = 20.0 * math.log10(peak + 1e-9)
        return ops.maximum(Tensor(self.floor_db, ms.float32), peak_db)


def make():
    np.random.seed(27)
    audio = Tensor((0.3 * np.random.randn(96)).astype(np.float32))
    return PeakMeterDb(), (audio,)
