# case: neighbour truncation keeps the k nearest neighbours per atom with k = int(min coordination number) read from the within-cutoff counts -> top-k size from tensor data (rejected or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborConfig:
    def __init__(self, cutoff=4.5, max_neighbors=12, truncate="adaptive"):
        self.cutoff = cutoff
        self.max_neighbors = max_neighbors
        self.truncate = truncate


class KNearestNeighbors(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.max_neighbors = config.max_neighbors
        self.truncate = config.truncate

    def _num_keep(self, dist):
        cn = (dist < self.cutoff).astype(ms.int32).sum(-1)
        if self.truncate == "adaptive":
            return int(cn.min())
        return self.max_neighbors

    def construct(self, dist, nbr_idx):
        k = self._num_keep(dist)
        neg, order = ops.topk(-dist, k)
        return -neg, ops.gather_elements(nbr_idx, 1, order)


def make():
    np.random.seed(21)
    dist = Tensor(np.random.uniform(1.5, 6.0, size=(8, 16)).astype(np.float32))
    nbr_idx = Tensor(np.random.randint(0, 8, size=(8, 16)).astype(np.int32))
    return KNearestNeighbors(NeighborConfig()), (dist, nbr_idx)
