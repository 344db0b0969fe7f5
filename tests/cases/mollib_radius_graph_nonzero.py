# case: SchNet-style radius graph builds an edge list from pairwise distances under the cutoff with ops.nonzero -> dynamic edge count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiusGraphConfig:
    def __init__(self, cutoff=2.5, max_atoms=12, self_loops=False):
        self.cutoff = cutoff
        self.max_atoms = max_atoms
        self.self_loops = self_loops


def pairwise_distance(pos, eps=1e-9):
    diff = pos[:, None, :] - pos[None, :, :]
    return ops.sqrt((diff * diff).sum(-1) + eps)


class RadiusGraph(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.self_loops = getattr(config, "self_loops", False)
        self.eye = Tensor(np.eye(config.max_atoms), ms.float32)

    def _edge_mask(self, dist):
        mask = dist < self.cutoff
        if not self.self_loops:
            mask = ops.logical_and(mask, self.eye < 0.5)
        return mask

    def construct(self, pos):
        dist = pairwise_distance(pos)
        edge_index = ops.nonzero(self._edge_mask(dist))
        src, dst = edge_index[:, 0], edge_index[:, 1]
        edge_weight = dist[src, dst]
        return edge_index.T, edge_weight


def make():
    np.random.seed(1)
    cfg = RadiusGraphConfig()
    pos = Tensor(np.random.rand(12, 3).astype(np.float32) * 4.0)
    return RadiusGraph(cfg), (pos,)
