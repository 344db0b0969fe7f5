# case: uses an optional previous occupancy estimate for smoothing only when it is not None -> is-None test resolved at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothedOccupancy(nn.Cell):
    def __init__(self, avg_passenger_kg=75.0, tare_kg=20.0, momentum=0.7):
        super().__init__()
        self.avg_passenger_kg = avg_passenger_kg
        self.tare_kg = tare_kg
        self.momentum = momentum

    def construct(self, cells, previous=None):
        kg = cells.sum(axis=1) - self.tare_kg
        people = ops.relu(kg) / self.avg_passenger_kg
        if previous is not None:
            people = self.momentum * previous + (1.0 - self.momentum) * people
        return people


def make():
    np.random.seed(24)
    cells = Tensor(np.random.uniform(10, 200, (5, 4)).astype(np.float32))
    return SmoothedOccupancy(), (cells, None)
