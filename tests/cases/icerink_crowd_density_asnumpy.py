# case: density-map head counts per rink zone, with the zone over capacity found by converting to NumPy inside construct -> Graph mode rejects .asnumpy() in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityHead(nn.Cell):
    def __init__(self, in_ch=3, mid=8):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, mid, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(mid, 1, 1)
        self.relu = nn.ReLU()

    def construct(self, frame):
        return self.relu(self.conv2(self.relu(self.conv1(frame))))


class ZoneCrowdMonitor(nn.Cell):
    def __init__(self, zone_capacity=4.0, n_zones=4):
        super().__init__()
        self.head = DensityHead()
        self.n_zones = n_zones
        self.zone_capacity = zone_capacity

    def construct(self, frame):
        density = self.head(frame)
        b, _, h, w = density.shape
        zones = density.reshape(b, self.n_zones, -1).sum(axis=2)
        counts = zones.asnumpy()
        worst = np.argmax(counts, axis=1)
        return zones, Tensor(worst)


def make():
    np.random.seed(3126)
    frame = np.random.rand(2, 3, 16, 24).astype(np.float32)
    return ZoneCrowdMonitor(), (Tensor(frame),)
