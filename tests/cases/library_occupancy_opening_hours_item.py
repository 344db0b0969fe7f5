# case: keep only the hours the reading room was open today by slicing the hourly counts with opening_hours.item() -> slice length from tensor value, Graph mode hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyOccupancySummary(nn.Cell):
    def __init__(self, capacity=120.0):
        super().__init__()
        self.capacity = capacity
        self.smooth = nn.Conv1d(1, 1, kernel_size=3, pad_mode="same", has_bias=False)

    def construct(self, hourly_counts, opening_hours):
        open_h = opening_hours.item()
        counts = hourly_counts[:open_h]
        x = counts.reshape(1, 1, -1)
        smoothed = self.smooth(x).reshape(-1)
        peak = smoothed.max()
        utilisation = smoothed.mean() / self.capacity
        return peak, utilisation


def make():
    np.random.seed(32)
    counts = Tensor((np.random.rand(24) * 100).astype(np.float32))
    hours = Tensor(np.array(11), ms.int32)
    return DailyOccupancySummary(), (counts, hours)
