# case: density-map head counts per rink zone with the busiest zone found by ops.argmax -> compiles statically
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


class ZoneCrowdMonitorOps(nn.Cell):
    def __init__(self, zone_capacity=4.0, n_zones=4):
        super().__init__()
        self.head = DensityHead()
        self.n_zones = n_zones
        self.zone_capacity = zone_capacity
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, frame):
        density = self.head(frame)
        coarse = self.pool(density) * 4.0
        b = coarse.shape[0]
        zones = coarse.reshape(b, self.n_zones, -1).sum(axis=2)
        worst = ops.argmax(zones, dim=1)
        over = (zones > self.zone_capacity).astype(ms.int32)
        return zones, worst, over


def make():
    np.random.seed(3127)
    frame = np.random.rand(2, 3, 16, 24).astype(np.float32)
    return ZoneCrowdMonitorOps(), (Tensor(frame),)
