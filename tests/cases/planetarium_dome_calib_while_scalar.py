# case: iterate the dome gain correction while the tensor error is above tolerance, carrying only fixed-shape gains -> while on a tensor condition with fixed-shape state, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DomeGainCalibrator(nn.Cell):
    def __init__(self, tolerance=0.02, step=0.5, max_passes=50):
        super().__init__()
        self.tolerance = tolerance
        self.step = step
        self.max_passes = max_passes

    def measure(self, gains, response):
        return ops.reduce_mean(ops.abs(gains * response - 1.0))

    def construct(self, response):
        gains = ops.ones_like(response)
        err = self.measure(gains, response)
        passes = 0
        while err > self.tolerance and passes < self.max_passes:
            gains = gains - self.step * (gains * response - 1.0) / response
            err = self.measure(gains, response)
            passes += 1
        return gains, err


def make():
    np.random.seed(333)
    response = Tensor(np.random.uniform(0.7, 1.3, size=(16,)).astype(np.float32))
    return DomeGainCalibrator(), (response,)
