# case: passenger transfer flows between stations of a multi-section ropeway held as a dense share matrix and multiplied with the boarding vector -> dense matmul, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransferFlow(nn.Cell):
    def __init__(self, n_stations=5, capacity_per_hour=2400.0):
        super().__init__()
        self.n_stations = n_stations
        self.capacity = capacity_per_hour

    def construct(self, shares, boarding):
        arriving = ops.matmul(shares, boarding)
        load = arriving.sum() / self.capacity
        saturated = ops.select(arriving > self.capacity / self.n_stations,
                               ops.ones_like(arriving), ops.zeros_like(arriving))
        return arriving, load, saturated


def make():
    shares = np.zeros((5, 5), dtype=np.float32)
    for i, (j, s) in enumerate([(1, 1.0), (2, 0.7), (3, 0.6), (4, 0.5), (3, 1.0)]):
        shares[i, j] = s
    boarding = np.array([[120.0], [80.0], [60.0], [40.0], [90.0]], dtype=np.float32)
    return TransferFlow(), (Tensor(shares), Tensor(boarding))
