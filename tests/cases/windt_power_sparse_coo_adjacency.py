# case: wind-farm power anomaly model builds a COOTensor adjacency of neighbouring turbines inside construct and multiplies it with per-turbine residuals -> sparse tensor in Graph mode, may compile or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class FarmNeighbourSmoothing(nn.Cell):
    def __init__(self, n_turbines=6):
        super().__init__()
        self.n_turbines = n_turbines
        pairs = [(i, i + 1) for i in range(n_turbines - 1)] + [(i + 1, i) for i in range(n_turbines - 1)]
        self.indices = Tensor(np.array(pairs, dtype=np.int32))
        self.values = Tensor(np.full((len(pairs),), 0.5, dtype=np.float32))

    def construct(self, resid):
        adj = COOTensor(self.indices, self.values, (self.n_turbines, self.n_turbines))
        dense = adj.to_dense()
        smoothed = ops.matmul(dense, resid)
        return resid - smoothed


def make():
    np.random.seed(17)
    resid = Tensor(np.random.randn(6, 4).astype(np.float32))
    return FarmNeighbourSmoothing(), (resid,)
