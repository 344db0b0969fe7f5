# case: hive sensor fusion wraps the humidity correction in try/except to fall back to raw temperature -> try statement in construct (Graph mode may not support it)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorFusion(nn.Cell):
    def __init__(self, n_sensors=4):
        super().__init__()
        self.mix = nn.Dense(n_sensors, 1)

    def humidity_correction(self, temp, rh):
        return temp - 0.05 * (rh - 60.0)

    def construct(self, temp_c, rel_humidity):
        try:
            corrected = self.humidity_correction(temp_c, rel_humidity)
        except ValueError:
            corrected = temp_c
        return self.mix(corrected)


def make():
    np.random.seed(111)
    temp = (34 + np.random.randn(5, 4)).astype(np.float32)
    rh = (60 + 5 * np.random.randn(5, 4)).astype(np.float32)
    return SensorFusion(), (Tensor(temp), Tensor(rh))
