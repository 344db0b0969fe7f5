# case: average proofer humidity over time or over sensors, chosen by a Python config flag given at construction -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HumiditySummaryCfg(nn.Cell):
    def __init__(self, per_sensor=True, calib=None):
        super().__init__()
        self.axis = 0 if per_sensor else 1
        self.calib = Tensor(calib if calib is not None else np.zeros(4, np.float32))
        self.per_sensor = per_sensor

    def construct(self, humidity):
        summary = ops.mean(humidity, axis=self.axis)
        if self.per_sensor:
            summary = summary - self.calib
        return summary


def make():
    np.random.seed(32)
    hum = (75 + np.random.randn(60, 4) * 2).astype(np.float32)
    return HumiditySummaryCfg(per_sensor=True, calib=np.array([0.5, -0.2, 0.1, 0.0], np.float32)), (Tensor(hum),)
