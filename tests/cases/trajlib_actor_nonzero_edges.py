# case: LaneGCN actor-to-actor fusion builds neighbor edges with ops.nonzero on a distance threshold and scatters messages -> nonzero count from data, expect dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    hidden_size = 32
    neighbor_radius = 30.0


class ActorToActor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.radius = config.neighbor_radius
        self.msg = nn.Dense(2 * config.hidden_size + 2, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))

    def _edges(self, ctrs):
        dist = ops.norm(ctrs.expand_dims(1) - ctrs.expand_dims(0), dim=-1)
        adj = ops.logical_and(dist < self.radius, dist > 0)
        pairs = ops.nonzero(adj)
        return pairs[:, 0], pairs[:, 1]

    def construct(self, actors, ctrs):
        hi, wi = self._edges(ctrs)
        rel = ctrs[wi] - ctrs[hi]
        m = self.msg(ops.concat([actors[hi], actors[wi], rel], axis=-1))
        agg = ops.unsorted_segment_sum(m, hi, actors.shape[0])
        return self.norm(actors + agg)


def make():
    np.random.seed(7)
    actors = Tensor(np.random.randn(8, 32).astype(np.float32))
    ctrs = Tensor((np.random.rand(8, 2) * 60).astype(np.float32))
    return ActorToActor(FusionConfig()), (actors, ctrs)
