# case: propagate CO2 between connected growing rooms using a CSR adjacency matrix and sparse matmul -> CSRTensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n_rooms):
    indptr = [0]
    indices = []
    for r in range(n_rooms):
        nbrs = sorted({(r - 1) % n_rooms, (r + 1) % n_rooms})
        indices.extend(nbrs)
        indptr.append(len(indices))
    return np.array(indptr, np.int32), np.array(indices, np.int32)


class RoomAirflow(nn.Cell):
    def __init__(self, n_rooms=5, leak=0.1):
        super().__init__()
        self.n_rooms = n_rooms
        self.leak = leak
        indptr, indices = ring_adjacency(n_rooms)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)

    def construct(self, co2, weights):
        adj = ms.CSRTensor(self.indptr, self.indices, weights, (self.n_rooms, self.n_rooms))
        inflow = adj.mv(co2)
        return co2 * (1 - 2 * self.leak) + self.leak * inflow


def make():
    np.random.seed(317)
    co2 = Tensor(np.random.uniform(600, 2000, size=(5, 1)).astype(np.float32))
    weights = Tensor(np.ones(10, np.float32))
    return RoomAirflow(), (co2, weights)
