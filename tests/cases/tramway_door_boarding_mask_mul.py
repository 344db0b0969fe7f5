# case: average boarding counts over healthy door sensors using the mask as a 0/1 weight -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoorLoadEstimatorWeighted(nn.Cell):
    def __init__(self, n_doors=8, capacity=214.0):
        super().__init__()
        self.n_doors = n_doors
        self.capacity = capacity

    def construct(self, boardings, alightings, sensor_ok):
        net = boardings - alightings
        per_door = net.sum(axis=0)
        w = sensor_ok.astype(ms.float32)
        n_ok = ops.maximum(w.sum(), 1.0)
        healthy_mean = (per_door * w).sum() / n_ok
        load_factor = healthy_mean * self.n_doors / self.capacity
        return ops.clip_by_value(load_factor, 0.0, 2.0), n_ok


def make():
    np.random.seed(3064)
    b = np.random.poisson(6, size=(12, 8)).astype(np.float32)
    a = np.random.poisson(4, size=(12, 8)).astype(np.float32)
    ok = np.array([1, 1, 0, 1, 1, 1, 0, 1], dtype=bool)
    return DoorLoadEstimatorWeighted(), (Tensor(b), Tensor(a), Tensor(ok))
