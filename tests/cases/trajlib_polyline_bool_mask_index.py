# case: map polyline encoder (VectorNet style) keeps only valid lane points with boolean-mask indexing before pooling -> dynamic shape from mask, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


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

    def construct(self, points, point_mask):
        # points: (P, L, C), point_mask: (P, L)
        feats = self.mlp(points)
        valid = feats[point_mask]
        if self.pool == "max":
            return valid.max(axis=0)
        return valid.mean(axis=0)


def make():
    np.random.seed(3)
    pts = Tensor(np.random.randn(6, 10, 5).astype(np.float32))
    m = np.zeros((6, 10), dtype=np.bool_)
    m[:, :7] = True
    m[4:, 5:] = False
    return PolylineSubgraph(MapConfig()), (pts, Tensor(m))
