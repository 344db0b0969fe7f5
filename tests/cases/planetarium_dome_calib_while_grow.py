# case: dome brightness calibration that keeps appending correction passes until the measured error is small -> while on tensor value grows a tensor so shapes differ per iteration
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DomeGainCalibrator(nn.Cell):
    def __init__(self, tolerance=0.02, step=0.5):
        super().__init__()
        self.tolerance = tolerance
        self.step = step

    def measure(self, gains, response):
        return ops.reduce_mean(ops.abs(gains * response - 1.0))

    def construct(self, response):
        gains = ops.ones_like(response)
        history = gains.reshape(1, -1)
        err = self.measure(gains, response)
        while err > self.tolerance:
            gains = gains - self.step * (gains * response - 1.0) / response
            history = ops.concat((history, gains.reshape(1, -1)), 0)
            err = self.measure(gains, response)
        return gains, history


def make():
    np.random.seed(331)
    response = Tensor(np.random.uniform(0.7, 1.3, size=(16,)).astype(np.float32))
    return DomeGainCalibrator(), (response,)
