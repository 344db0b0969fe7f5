# case: propagate truck congestion along the haul-road network stored as a CSRTensor adjacency built inside construct -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoadCongestionPropagation(nn.Cell):
    """One hop of congestion diffusion over intersections of the pit road graph."""

    def __init__(self, n_nodes=6, decay=0.5):
        super().__init__()
        self.n_nodes = n_nodes
        self.decay = decay

    def construct(self, indptr, indices, weights, queue_len):
        adj = ms.CSRTensor(indptr, indices, weights, (self.n_nodes, self.n_nodes))
        spill = adj.mv(queue_len.reshape(-1, 1)).reshape(-1)
        return queue_len + self.decay * spill


def make():
    np.random.seed(101)
    # ramp -> crusher road graph: 0-1, 1-2, 1-3, 3-4, 4-5
    indptr = np.array([0, 1, 4, 5, 7, 9, 10], dtype=np.int32)
    indices = np.array([1, 0, 2, 3, 1, 1, 4, 3, 5, 4], dtype=np.int32)
    weights = np.random.uniform(0.2, 1.0, size=(10,)).astype(np.float32)
    queue = np.random.poisson(3.0, size=(6,)).astype(np.float32)
    return RoadCongestionPropagation(), (Tensor(indptr), Tensor(indices), Tensor(weights), Tensor(queue))
