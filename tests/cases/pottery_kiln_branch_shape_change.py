# case: downsample the kiln log by 2 only when the mean ramp rate is high (tensor condition), else keep it full length -> branches return different shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveKilnLog(nn.Cell):
    def __init__(self, fast_ramp=8.0):
        super().__init__()
        self.fast_ramp = fast_ramp

    def ramp_rate(self, temps):
        return (temps[1:] - temps[:-1]).mean()

    def construct(self, temps):
        if self.ramp_rate(temps) > self.fast_ramp:
            kept = temps[::2]
        else:
            kept = temps
        return kept * 1.0, kept.mean()


def make():
    np.random.seed(20)
    temps = np.cumsum(np.random.uniform(5.0, 15.0, size=(30,))).astype(np.float32) + 20.0
    return AdaptiveKilnLog(), (Tensor(temps),)
