# case: if the latest error is high, return only the second half of the window for drill-down, else the full window -> tensor if with different output shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrillDown(nn.Cell):
    def __init__(self, alarm_level=1.0):
        super().__init__()
        self.alarm_level = alarm_level

    def construct(self, window, err):
        half = window.shape[0] // 2
        if err[-1] > self.alarm_level:
            out = window[half:]
        else:
            out = window
        return out * 2.0


def make():
    np.random.seed(15)
    window = Tensor(np.random.randn(12, 3).astype(np.float32))
    err = Tensor(np.abs(np.random.randn(12)).astype(np.float32) + 0.8)
    return DrillDown(), (window, err)
