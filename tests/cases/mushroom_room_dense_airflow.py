# case: propagate CO2 between connected growing rooms using a dense ring adjacency built in __init__ -> plain matmul, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n_rooms):
    adj = np.zeros((n_rooms, n_rooms), np.float32)
    for r in range(n_rooms):
        adj[r, (r - 1) % n_rooms] = 1.0
        adj[r, (r + 1) % n_rooms] = 1.0
    return adj


class RoomAirflow(nn.Cell):
    def __init__(self, n_rooms=5, leak=0.1, n_hours=4):
        super().__init__()
        self.adj = Tensor(ring_adjacency(n_rooms))
        self.leak = leak
        self.n_hours = n_hours

    def hour(self, co2):
        inflow = ops.matmul(self.adj, co2)
        return co2 * (1 - 2 * self.leak) + self.leak * inflow

    def construct(self, co2):
        for _ in range(self.n_hours):
            co2 = self.hour(co2)
        return co2


def make():
    np.random.seed(318)
    co2 = Tensor(np.random.uniform(600, 2000, size=(5, 1)).astype(np.float32))
    return RoomAirflow(), (co2,)
