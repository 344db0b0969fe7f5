# case: hive sensor fusion with a verbose config flag left False, so the print branch is pruned at compile time -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorFusion(nn.Cell):
    def __init__(self, n_sensors=4, verbose=False, use_humidity=True):
        super().__init__()
        self.mix = nn.Dense(n_sensors, 1)
        self.verbose = verbose
        self.use_humidity = use_humidity

    def construct(self, temp_c, rel_humidity):
        if self.use_humidity:
            corrected = temp_c - 0.05 * (rel_humidity - 60.0)
        else:
            corrected = temp_c
        if self.verbose:
            print("brood temp mean", corrected.mean())
        return self.mix(corrected)


def make():
    np.random.seed(113)
    temp = (34 + np.random.randn(5, 4)).astype(np.float32)
    rh = (60 + 5 * np.random.randn(5, 4)).astype(np.float32)
    return SensorFusion(), (Tensor(temp), Tensor(rh))
