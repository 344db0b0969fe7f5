# case: hive sensor fusion prints an f-string log line with the mean brood temperature tensor inside construct -> f-string formatting of a tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorFusion(nn.Cell):
    def __init__(self, n_sensors=4, verbose=True):
        super().__init__()
        self.mix = nn.Dense(n_sensors, 1)
        self.verbose = verbose

    def construct(self, temp_c, rel_humidity):
        corrected = temp_c - 0.05 * (rel_humidity - 60.0)
        brood_mean = corrected.mean()
        if self.verbose:
            print(f"brood temp mean = {brood_mean}")
        return self.mix(corrected)


def make():
    np.random.seed(112)
    temp = (34 + np.random.randn(5, 4)).astype(np.float32)
    rh = (60 + 5 * np.random.randn(5, 4)).astype(np.float32)
    return SensorFusion(), (Tensor(temp), Tensor(rh))
