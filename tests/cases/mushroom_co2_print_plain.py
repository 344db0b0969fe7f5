# case: log the CO2 reading with a plain print("label", tensor) inside construct during fruiting-room control -> print of tensor is supported, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FreshAirFan(nn.Cell):
    def __init__(self, low_ppm=700.0, high_ppm=1500.0, verbose=True):
        super().__init__()
        self.low = low_ppm
        self.span = high_ppm - low_ppm
        self.verbose = verbose

    def construct(self, co2_ppm):
        speed = ops.clamp((co2_ppm - self.low) / self.span, 0.0, 1.0)
        if self.verbose:
            print("fan speed:", speed)
        return speed


def make():
    np.random.seed(338)
    co2 = Tensor(np.random.uniform(600, 1800, size=(4,)).astype(np.float32))
    return FreshAirFan(), (co2,)
