# case: the gust alarm cell prints an f-string with the peak wind tensor for the control-room log before returning the stop flag -> f-string formatting of a tensor in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GustAlarm(nn.Cell):
    def __init__(self, stop_ms=20.0, verbose=True):
        super().__init__()
        self.stop_ms = stop_ms
        self.verbose = verbose

    def construct(self, wind_ms, direction_deg):
        crosswind = wind_ms * ops.abs(ops.sin(direction_deg * 3.14159265 / 180.0))
        peak = crosswind.max()
        if self.verbose:
            print(f"crosswind peak {peak} m/s against limit {self.stop_ms}")
        return (peak > self.stop_ms).astype(ms.float32)


def make():
    np.random.seed(71)
    w = np.abs(16 + 5 * np.random.randn(30)).astype(np.float32)
    d = np.random.uniform(0, 360, size=30).astype(np.float32)
    return GustAlarm(), (Tensor(w), Tensor(d))
