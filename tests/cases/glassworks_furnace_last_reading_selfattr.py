# case: remember the latest furnace bottom temperature by assigning it to a plain self attribute inside construct -> attribute written in graph, expect Graph mode error at some level
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BottomTempTracker(nn.Cell):
    def __init__(self, alpha=0.2):
        super().__init__()
        self.alpha = alpha
        self.last_reading = None
        self.ema_weight = Tensor(np.full((5,), 1390.0, dtype=np.float32))

    def construct(self, bottom_temps):
        smoothed = self.alpha * bottom_temps + (1.0 - self.alpha) * self.ema_weight
        self.last_reading = smoothed
        drift = smoothed - bottom_temps.mean()
        return smoothed, drift


def make():
    np.random.seed(101)
    t = (1390.0 + 8.0 * np.random.randn(5)).astype(np.float32)
    return BottomTempTracker(), (Tensor(t),)
