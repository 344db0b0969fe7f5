# case: accepts the passenger weight either as a Python float default or a per-car tensor and branches with isinstance -> type guard resolved at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleOccupancy(nn.Cell):
    def __init__(self, tare_kg=20.0):
        super().__init__()
        self.tare_kg = tare_kg

    def construct(self, cells, passenger_kg):
        kg = ops.relu(cells.sum(axis=1) - self.tare_kg)
        if isinstance(passenger_kg, float):
            people = kg / passenger_kg
        else:
            people = kg / passenger_kg.astype(kg.dtype)
        return ops.floor(people + 0.5)


def make():
    np.random.seed(34)
    cells = Tensor(np.random.uniform(10, 200, (5, 4)).astype(np.float32))
    return FlexibleOccupancy(), (cells, 72.5)
