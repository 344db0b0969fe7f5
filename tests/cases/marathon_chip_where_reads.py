# case: earliest strong chip read per mat, weak reads replaced by +inf with three-argument ops.where before the min -> fixed shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MatFirstRead(nn.Cell):
    def __init__(self, rssi_floor=-70.0, big=1e9):
        super().__init__()
        self.rssi_floor = rssi_floor
        self.big = big

    def construct(self, read_times, rssi):
        # read_times, rssi: [n_mats, n_reads]
        strong = rssi > self.rssi_floor
        masked = ops.where(strong, read_times, ops.full_like(read_times, self.big))
        first = masked.min(axis=1)
        n_strong = strong.astype(ms.int32).sum(axis=1)
        first = ops.where(n_strong > 0, first, ops.zeros_like(first))
        return first, n_strong


def make():
    np.random.seed(32)
    n_mats, n_reads = 6, 40
    base = np.arange(n_mats)[:, None] * 1500.0
    reads = np.sort(base + np.random.uniform(0, 3.0, (n_mats, n_reads)), axis=1).astype(np.float32)
    rssi = np.random.uniform(-90.0, -50.0, (n_mats, n_reads)).astype(np.float32)
    return MatFirstRead(), (Tensor(reads), Tensor(rssi))
