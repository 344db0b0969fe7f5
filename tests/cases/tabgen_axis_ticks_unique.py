# case: reads y-axis tick labels, deduplicates repeated OCR tick values with ops.unique and fits a scale from the distinct ticks -> unique gives data-dependent size, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TickScaleReader(nn.Cell):
    def __init__(self):
        super().__init__()

    def distinct_ticks(self, tick_values):
        vals, _ = ops.unique(tick_values)
        return vals

    def construct(self, tick_values, pixel_span):
        ticks = self.distinct_ticks(tick_values)
        lo = ticks.min()
        hi = ticks.max()
        n_intervals = ticks.shape[0] - 1
        units_per_px = (hi - lo) / pixel_span
        return units_per_px, lo, ticks.mean() * n_intervals


def make():
    np.random.seed(10)
    ticks = Tensor(np.array([0.0, 10.0, 10.0, 20.0, 30.0, 30.0, 40.0], dtype=np.float32))
    span = Tensor(np.float32(320.0))
    return TickScaleReader(), (ticks, span)
