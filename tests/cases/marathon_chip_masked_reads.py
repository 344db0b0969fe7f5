# case: keep only chip reads whose signal strength clears the mat threshold with ops.masked_select, then take the earliest read time -> masked_select output length depends on data, expect dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MatReadFilter(nn.Cell):
    def __init__(self, rssi_floor=-70.0):
        super().__init__()
        self.rssi_floor = rssi_floor

    def construct(self, read_times, rssi):
        strong = rssi > self.rssi_floor
        good_times = ops.masked_select(read_times, strong)
        first_cross = good_times.min()
        spread = good_times.max() - first_cross
        return first_cross, spread


def make():
    np.random.seed(31)
    reads = np.sort(np.random.uniform(7200.0, 7203.5, 48)).astype(np.float32)
    rssi = np.random.uniform(-90.0, -50.0, 48).astype(np.float32)
    return MatReadFilter(), (Tensor(reads), Tensor(rssi))
