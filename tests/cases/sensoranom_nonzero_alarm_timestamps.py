# case: find timestamps of alarms with nonzero and gather their sensor readings -> dynamic shape from nonzero/gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmExtractor(nn.Cell):
    def __init__(self, limit=1.5):
        super().__init__()
        self.limit = limit

    def construct(self, readings, timestamps):
        z = (readings - readings.mean()) / (readings.std() + 1e-6)
        alarm = ops.abs(z) > self.limit
        idx = ops.nonzero(alarm).reshape(-1)
        alarm_times = ops.gather(timestamps, idx, 0)
        alarm_vals = ops.gather(readings, idx, 0)
        return alarm_times, alarm_vals


def make():
    np.random.seed(2)
    readings = np.random.randn(48).astype(np.float32)
    readings[[5, 17, 30]] += 6.0
    timestamps = np.arange(48, dtype=np.float32) * 0.5
    return AlarmExtractor(), (Tensor(readings), Tensor(timestamps))
