# case: dome brightness calibration run for a fixed number of correction passes, history stacked at the end -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DomeGainCalibrator(nn.Cell):
    def __init__(self, passes=6, step=0.5):
        super().__init__()
        self.passes = passes
        self.step = step

    def measure(self, gains, response):
        return ops.reduce_mean(ops.abs(gains * response - 1.0))

    def construct(self, response):
        gains = ops.ones_like(response)
        history = []
        for _ in range(self.passes):
            gains = gains - self.step * (gains * response - 1.0) / response
            history.append(gains)
        err = self.measure(gains, response)
        return gains, ops.stack(history), err


def make():
    np.random.seed(332)
    response = Tensor(np.random.uniform(0.7, 1.3, size=(16,)).astype(np.float32))
    return DomeGainCalibrator(), (response,)
