# case: look up P travel time from a 1-D table by converting the epicentral distance tensor to a Python int row index -> int() of a tensor inside construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TravelTimeLookup(nn.Cell):
    def __init__(self, table, step_km=10.0):
        super().__init__()
        self.table = Parameter(Tensor(table), requires_grad=False)
        self.step_km = step_km

    def construct(self, distance_km, origin_time):
        row = int(distance_km / self.step_km)
        tt = self.table[row]
        return origin_time + tt


def make():
    np.random.seed(6)
    dists = np.arange(0, 300, 10, dtype=np.float32)
    table = (dists / 6.2 + 0.5).astype(np.float32)
    return TravelTimeLookup(table), (Tensor(87.0, ms.float32), Tensor(12.5, ms.float32))
