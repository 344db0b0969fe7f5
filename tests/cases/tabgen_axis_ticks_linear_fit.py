# case: fits a pixel-to-value mapping for an axis by least squares over a fixed number of tick positions with a validity mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AxisCalibrator(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def weighted_mean(self, v, w):
        return (v * w).sum() / (w.sum() + self.eps)

    def construct(self, tick_px, tick_val, tick_valid):
        w = tick_valid.astype(ms.float32)
        mx = self.weighted_mean(tick_px, w)
        my = self.weighted_mean(tick_val, w)
        dx = (tick_px - mx) * w
        dy = (tick_val - my) * w
        slope = (dx * dy).sum() / ((dx * dx).sum() + self.eps)
        intercept = my - slope * mx
        return slope, intercept


def make():
    np.random.seed(11)
    px = np.array([300, 240, 180, 120, 60, 0], dtype=np.float32)
    val = np.array([0, 10, 20, 30, 40, 0], dtype=np.float32)
    valid = np.array([1, 1, 1, 1, 1, 0], dtype=np.bool_)
    return AxisCalibrator(), (Tensor(px), Tensor(val), Tensor(valid))
