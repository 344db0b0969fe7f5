# case: fixed-size k-nearest-neighbour list with k = max_neighbors from the model config, then bond-length features of the chosen pairs -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConfig:
    def __init__(self, max_neighbors=4, n_gauss=6, cutoff=6.0):
        self.max_neighbors = max_neighbors
        self.n_gauss = n_gauss
        self.cutoff = cutoff


class KNNBondFeatures(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else GraphConfig()
        self.k = cfg.max_neighbors
        self.mu = Tensor(np.linspace(0, cfg.cutoff, cfg.n_gauss).astype(np.float32))

    def construct(self, pos):
        n = pos.shape[0]
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.norm(diff, dim=-1) + 1e4 * ops.eye(n, n, ms.float32)
        neg_d, nbr_idx = ops.topk(-dist, self.k)
        d = -neg_d
        bond_feats = ops.exp(-((ops.expand_dims(d, -1) - self.mu) ** 2))
        return bond_feats, nbr_idx


def make():
    np.random.seed(31)
    pos = Tensor((np.random.rand(9, 3) * 4.0).astype(np.float32))
    return KNNBondFeatures(GraphConfig(max_neighbors=3)), (pos,)
