# case: create a plain Python WatchLogEntry object inside construct, fill its fields with sighting tensors and return it -> plain class instance in construct, rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WatchLogEntry:
    def __init__(self, bearing, range_nm):
        self.bearing = bearing
        self.range_nm = range_nm
        self.flag = None

    def closing(self):
        return self.range_nm < 2.0


class WatchKeeper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.track = nn.Dense(4, 2)

    def construct(self, radar_blip):
        out = self.track(radar_blip)
        entry = WatchLogEntry(out[:, 0], ops.abs(out[:, 1]))
        entry.flag = entry.closing()
        return entry


def make():
    np.random.seed(3052)
    blip = Tensor(np.random.randn(5, 4).astype(np.float32))
    return WatchKeeper(), (blip,)
