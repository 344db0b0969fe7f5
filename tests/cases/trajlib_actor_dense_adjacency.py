# case: LaneGCN actor-to-actor fusion uses a dense distance-threshold adjacency matrix and batched matmul instead of edge lists -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    hidden_size = 32
    neighbor_radius = 30.0
    num_layers = 2


class A2ALayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.query = nn.Dense(hidden, hidden)
        self.msg = nn.Dense(hidden + 2, hidden)
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, actors, rel, adj):
        n = actors.shape[0]
        neigh = ops.broadcast_to(actors.expand_dims(0), (n, n, actors.shape[-1]))
        m = self.msg(ops.concat([neigh, rel], axis=-1))
        m = m * adj.expand_dims(-1)
        agg = m.sum(axis=1) / ops.clamp(adj.sum(axis=1, keepdims=True), min=1.0)
        return self.norm(actors + self.query(actors) + agg)


class ActorToActor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.radius = config.neighbor_radius
        self.layers = nn.CellList([A2ALayer(config.hidden_size) for _ in range(config.num_layers)])

    def construct(self, actors, ctrs):
        rel = ctrs.expand_dims(0) - ctrs.expand_dims(1)
        dist = ops.norm(rel, dim=-1)
        adj = ops.logical_and(dist < self.radius, dist > 0).astype(actors.dtype)
        for layer in self.layers:
            actors = layer(actors, rel, adj)
        return actors


def make():
    np.random.seed(8)
    actors = Tensor(np.random.randn(8, 32).astype(np.float32))
    ctrs = Tensor((np.random.rand(8, 2) * 60).astype(np.float32))
    return ActorToActor(FusionConfig()), (actors, ctrs)
