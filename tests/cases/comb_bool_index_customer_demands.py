# case: VRP feasibility helper that picks the demands of customers that still fit in the vehicle with boolean-mask indexing -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapacityContext(nn.Cell):
    def __init__(self, capacity=1.0, embed_dim=8):
        super().__init__()
        self.capacity = capacity
        self.ctx_proj = nn.Dense(3, embed_dim)

    def remaining_load(self, used):
        return self.capacity - used

    def construct(self, demands, visited, used_capacity):
        remaining = self.remaining_load(used_capacity)
        fits = ops.logical_and(demands <= remaining, ops.logical_not(visited))
        fits[0] = False  # never count the depot
        # smallest and mean demand among feasible customers, as decoder context
        open_demands = demands[fits]
        feat = ops.stack([remaining, open_demands.min(), open_demands.mean()])
        return self.ctx_proj(feat.expand_dims(0)), fits


def make():
    np.random.seed(4)
    demands = np.random.uniform(0.05, 0.4, size=9).astype(np.float32)
    demands[0] = 0.0
    visited = np.zeros(9, dtype=bool)
    visited[[2, 6]] = True
    return CapacityContext(), (Tensor(demands), Tensor(visited), Tensor(0.55, ms.float32))
