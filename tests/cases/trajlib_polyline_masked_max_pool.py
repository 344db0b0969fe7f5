# case: map polyline encoder pools lane points with a padding mask applied through ops.where with a large negative fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class MapConfig:
    hidden_size = 32
    point_dim = 5
    pool = "max"


class PolylineSubgraph(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.mlp = nn.SequentialCell([
            nn.Dense(config.point_dim, config.hidden_size),
            nn.LayerNorm((config.hidden_size,)),
            nn.ReLU(),
        ])

    def _masked_pool(self, feats, mask):
        m = mask.expand_dims(-1)
        if self.pool == "max":
            filled = ops.where(m, feats, ops.full_like(feats, NEG_INF))
            pooled = filled.max(axis=1)
        else:
            w = m.astype(feats.dtype)
            pooled = (feats * w).sum(axis=1) / ops.clamp(w.sum(axis=1), min=1.0)
        has_any = mask.any(axis=1, keep_dims=True)
        return ops.where(has_any, pooled, ops.zeros_like(pooled))

    def construct(self, points, point_mask):
        feats = self.mlp(points)
        return self._masked_pool(feats, point_mask)


def make():
    np.random.seed(4)
    pts = Tensor(np.random.randn(6, 10, 5).astype(np.float32))
    m = np.zeros((6, 10), dtype=np.bool_)
    m[:, :7] = True
    m[5] = False
    return PolylineSubgraph(MapConfig()), (pts, Tensor(m))
