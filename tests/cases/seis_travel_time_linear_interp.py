# case: interpolate P travel times from a distance table with floor indices clipped and gathered for a batch of stations -> fixed-size gather, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TravelTimeTable(nn.Cell):
    def __init__(self, table, step_km=10.0):
        super().__init__()
        self.table = Parameter(Tensor(table), requires_grad=False)
        self.step_km = step_km
        self.n_rows = table.shape[0]

    def construct(self, distance_km, origin_time):
        pos = distance_km / self.step_km
        i0 = ops.clip(ops.floor(pos), 0, self.n_rows - 2).astype(ms.int32)
        frac = pos - i0.astype(ms.float32)
        t0 = ops.gather(self.table, i0, 0)
        t1 = ops.gather(self.table, i0 + 1, 0)
        return origin_time + t0 + frac * (t1 - t0)


def make():
    np.random.seed(33)
    d = np.arange(0, 300, 10, dtype=np.float32)
    table = (d / 6.2 + 0.5).astype(np.float32)
    dist = np.random.uniform(0, 280, size=(8,)).astype(np.float32)
    return TravelTimeTable(table), (Tensor(dist), Tensor(12.5, ms.float32))
