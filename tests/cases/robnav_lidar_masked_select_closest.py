# case: masked_select the valid returns of a scan and compute closest obstacle distance and count -> masked_select output is data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClosestObstacle(nn.Cell):
    def __init__(self, max_range=10.0):
        super().__init__()
        self.max_range = max_range

    def construct(self, ranges, intensities):
        valid = ops.logical_and(ranges > 0.05, ranges < self.max_range)
        valid = ops.logical_and(valid, intensities > 10.0)
        good = ops.masked_select(ranges, valid)
        closest = good.min()
        density = good.shape[0] / ranges.shape[0]
        return closest, density


def make():
    np.random.seed(2)
    r = np.random.uniform(0.0, 12.0, size=(60,)).astype(np.float32)
    inten = np.random.uniform(0.0, 100.0, size=(60,)).astype(np.float32)
    return ClosestObstacle(), (Tensor(r), Tensor(inten))
