# case: sums per-floor cooling loads with a generator expression over a zone tuple inside construct -> may compile or error (generator expressions in graph syntax)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloorLoad(nn.Cell):
    def __init__(self, n_zones):
        super().__init__()
        self.fc = nn.Dense(n_zones, 1)

    def construct(self, x):
        return ops.relu(self.fc(x)).squeeze(-1)


class BuildingLoad(nn.Cell):
    def __init__(self, n_floors=3, n_zones=5):
        super().__init__()
        self.floors = nn.CellList([FloorLoad(n_zones) for _ in range(n_floors)])

    def construct(self, floor_temps):
        total = sum(f(floor_temps[i]) for i, f in enumerate(self.floors))
        return total


def make():
    np.random.seed(30)
    net = BuildingLoad()
    temps = Tensor((22.0 + np.random.randn(3, 4, 5)).astype(np.float32))
    return net, (temps,)
