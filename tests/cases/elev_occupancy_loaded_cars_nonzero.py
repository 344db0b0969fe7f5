# case: finds cars whose load-cell reading exceeds an empty-car threshold with nonzero and gathers their passenger estimates -> nonzero output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoadCellOccupancy(nn.Cell):
    def __init__(self, tare_kg=15.0, avg_passenger_kg=75.0):
        super().__init__()
        self.tare_kg = tare_kg
        self.avg_passenger_kg = avg_passenger_kg

    def estimate(self, cells):
        net = cells.sum(axis=1) - self.tare_kg
        return ops.relu(net) / self.avg_passenger_kg

    def construct(self, cells):
        people = self.estimate(cells)
        idx = ops.nonzero(people > 0.5).reshape(-1)
        occupied = ops.gather(people, idx, 0)
        return idx, ops.round(occupied)


def make():
    np.random.seed(4)
    cells = np.random.uniform(0, 5, (6, 4)).astype(np.float32)
    cells[1] += 60.0
    cells[4] += 140.0
    return LoadCellOccupancy(), (Tensor(cells),)
