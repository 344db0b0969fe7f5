# case: helper method flags vehicles parked in a no-parking zone and returns their indices via ops.nonzero -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoParkingZoneChecker(nn.Cell):
    def __init__(self, zone_box=(10.0, 5.0, 20.0, 12.0)):
        super().__init__()
        self.x0, self.y0, self.x1, self.y1 = zone_box

    def inside_zone(self, centers):
        x = centers[:, 0]
        y = centers[:, 1]
        in_x = ops.logical_and(x >= self.x0, x <= self.x1)
        in_y = ops.logical_and(y >= self.y0, y <= self.y1)
        return ops.logical_and(in_x, in_y)

    def violators(self, centers, stopped):
        flags = ops.logical_and(self.inside_zone(centers), stopped > 0)
        return ops.nonzero(flags)

    def construct(self, centers, stopped):
        idx = self.violators(centers, stopped)
        return idx.reshape(-1)


def make():
    np.random.seed(2)
    centers = Tensor(np.random.uniform(0, 30, (16, 2)).astype(np.float32))
    stopped = Tensor(np.random.randint(0, 2, 16).astype(np.int32))
    return NoParkingZoneChecker(), (centers, stopped)
