# case: scale the GNSS uplift series by an inflation gain chosen with an if on the tensor maximum, both branches same shape -> control flow but static shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InflationGain(nn.Cell):
    def __init__(self, uplift_alarm_mm=20.0, alarm_gain=2.0):
        super().__init__()
        self.uplift_alarm_mm = uplift_alarm_mm
        self.alarm_gain = alarm_gain

    def construct(self, up_mm):
        uplift = up_mm[:, -1] - up_mm[:, 0]
        if uplift.max() > self.uplift_alarm_mm:
            out = up_mm * self.alarm_gain
        else:
            out = up_mm - up_mm.mean(axis=1, keep_dims=True)
        return out


def make():
    np.random.seed(82)
    up = np.cumsum(np.random.randn(6, 30).astype(np.float32) * 2.0, axis=1)
    return InflationGain(), (Tensor(up.astype(np.float32)),)
