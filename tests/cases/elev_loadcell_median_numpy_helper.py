# case: a helper method calls np.median on the load-cell tensor to reject a faulty cell before estimating passengers -> NumPy function applied to a tensor inside construct, host round trip
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MedianLoadEstimator(nn.Cell):
    def __init__(self, tare_kg=20.0, avg_passenger_kg=75.0, num_cells=4):
        super().__init__()
        self.tare_kg = tare_kg
        self.avg_passenger_kg = avg_passenger_kg
        self.num_cells = num_cells

    def robust_total(self, cells):
        med = np.median(cells, axis=1)
        return Tensor(med * self.num_cells, ms.float32)

    def construct(self, cells):
        total = self.robust_total(cells)
        people = ops.relu(total - self.tare_kg) / self.avg_passenger_kg
        return ops.round(people)


def make():
    np.random.seed(40)
    cells = np.random.uniform(20, 60, (5, 4)).astype(np.float32)
    cells[2, 1] = 900.0
    return MedianLoadEstimator(), (Tensor(cells),)
