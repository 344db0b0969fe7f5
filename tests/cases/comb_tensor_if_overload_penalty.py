# case: CVRP cost with an overload penalty applied under a tensor-valued if whose branches both return the same-shaped cost -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CVRPCost(nn.Cell):
    def __init__(self, capacity=1.0, overload_weight=5.0):
        super().__init__()
        self.capacity = capacity
        self.overload_weight = overload_weight

    def route_loads(self, demands_seq, seq):
        # running load, reset to 0 whenever the vehicle is back at the depot
        loads = []
        load = ops.zeros((seq.shape[0],), ms.float32)
        for t in range(seq.shape[1]):
            load = ops.where(seq[:, t] == 0, ops.zeros_like(load), load + demands_seq[:, t])
            loads.append(load)
        return ops.stack(loads, 1)

    def construct(self, coords_seq, demands_seq, seq):
        seg = coords_seq[:, 1:] - coords_seq[:, :-1]
        length = ops.sqrt((seg ** 2).sum(-1) + 1e-10).sum(-1)
        loads = self.route_loads(demands_seq, seq)
        excess = ops.relu(loads - self.capacity).sum(-1)
        if excess.max() > 0:
            cost = length + self.overload_weight * excess
        else:
            cost = length
        return cost


def make():
    np.random.seed(34)
    seq = np.array([[0, 1, 2, 0, 3, 4, 0], [0, 2, 1, 3, 0, 4, 0]], np.int32)
    coords = np.random.rand(2, 5, 2).astype(np.float32)
    dem = np.random.uniform(0.2, 0.5, (2, 5)).astype(np.float32)
    dem[:, 0] = 0
    cs = np.take_along_axis(coords, seq[..., None].repeat(2, -1), 1)
    ds = np.take_along_axis(dem, seq, 1)
    return CVRPCost(), (Tensor(cs), Tensor(ds), Tensor(seq))
