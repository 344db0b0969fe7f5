# case: keep a module-level running maximum of observed rainfall updated from inside construct -> global state mutation in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RUNNING_MAX = {"rain": 0.0}


class PeakTracker(nn.Cell):
    def __init__(self, smooth=3):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=smooth, stride=1, pad_mode="same")

    def construct(self, rain):
        # rain: (B, 1, H, W)
        smoothed = self.pool(rain)
        peak = smoothed.max()
        RUNNING_MAX["rain"] = ops.maximum(peak, RUNNING_MAX["rain"])
        return smoothed / (RUNNING_MAX["rain"] + 1e-6)


def make():
    np.random.seed(15)
    rain = Tensor(np.random.exponential(4.0, (2, 1, 10, 10)).astype(np.float32))
    return PeakTracker(), (rain,)
