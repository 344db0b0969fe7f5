# case: summarise marionette string tension along an axis chosen by a mode tensor (0 = per frame, 1 = per string) -> reduction axis from tensor data, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensionSummary(nn.Cell):
    def __init__(self, n_strings=9):
        super().__init__()
        self.gain = ms.Parameter(Tensor(np.ones((1, n_strings), np.float32)), name="gain")

    def construct(self, tension, mode):
        calibrated = tension * self.gain
        axis = int(mode)
        peak = calibrated.max(axis=axis)
        return peak / (calibrated.mean() + 1e-6)


def make():
    np.random.seed(40)
    tension = np.abs(np.random.randn(24, 9)).astype(np.float32)
    return TensionSummary(), (Tensor(tension), Tensor(1, ms.int32))
