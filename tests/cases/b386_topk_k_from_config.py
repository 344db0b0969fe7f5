# case: neighbour truncation keeps max_neighbors nearest per atom with k from the config (the "adaptive" data-dependent branch exists but truncate defaults to "fixed") -> constant k, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborConfig:
    def __init__(self, cutoff=4.5, max_neighbors=6, truncate="fixed"):
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
        if self.truncate == "adaptive":
            cn = (dist < self.cutoff).astype(ms.int32).sum(-1)
            return int(cn.min())
        return min(self.max_neighbors, dist.shape[-1])

    def construct(self, dist, nbr_idx):
        k = self._num_keep(dist)
        neg, order = ops.topk(-dist, k)
        in_cut = (-neg < self.cutoff).astype(dist.dtype)
        return -neg * in_cut, ops.gather_elements(nbr_idx, 1, order)


def make():
    np.random.seed(22)
    dist = Tensor(np.random.uniform(1.5, 6.0, size=(8, 16)).astype(np.float32))
    nbr_idx = Tensor(np.random.randint(0, 8, size=(8, 16)).astype(np.int32))
    return KNearestNeighbors(NeighborConfig()), (dist, nbr_idx)
