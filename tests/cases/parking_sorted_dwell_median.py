# case: median dwell per zone from sorted fixed-length dwell rows, taking the middle column by shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneDwellSummary(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, dwell):
        # dwell: (zones, cars_per_zone)
        sorted_d, order = ops.sort(dwell, axis=1)
        mid = dwell.shape[1] // 2
        median = sorted_d[:, mid]
        longest_car = ops.gather_elements(order, 1, ops.full((dwell.shape[0], 1), dwell.shape[1] - 1, dtype=ms.int64))
        return median, longest_car.squeeze(1)


def make():
    np.random.seed(39)
    dwell = Tensor(np.random.uniform(5, 300, (4, 9)).astype(np.float32))
    return ZoneDwellSummary(), (dwell,)
