# case: builds a sparse COO adjacency of allowed road links between stops and multiplies it by stop demands -> sparse tensor built in construct, may be unsupported or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseRoadFlow(nn.Cell):
    def __init__(self, num_stops=6):
        super().__init__()
        self.shape = (num_stops, num_stops)

    def construct(self, link_indices, link_weights, demands):
        adj = COOTensor(link_indices, link_weights, self.shape)
        dense = adj.to_dense()
        inflow = ops.matmul(dense, demands.reshape(-1, 1))
        return inflow.squeeze(-1)


def make():
    np.random.seed(17)
    idx = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0], [1, 4]], dtype=np.int32)
    w = np.random.uniform(0.5, 1.5, size=(7,)).astype(np.float32)
    demands = Tensor(np.random.uniform(1, 4, size=(6,)).astype(np.float32))
    return SparseRoadFlow(), (Tensor(idx), Tensor(w), demands)
