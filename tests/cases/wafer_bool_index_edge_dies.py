# case: boolean-mask indexing picks dies in the edge ring of the wafer and scores them -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeRingAnomaly(nn.Cell):
    def __init__(self, wafer_radius=10.0, ring_width=2.0):
        super().__init__()
        self.r_inner = wafer_radius - ring_width
        self.head = nn.SequentialCell([nn.Dense(6, 16), nn.ReLU(), nn.Dense(16, 1)])

    def radius(self, xy):
        return ops.sqrt((xy * xy).sum(axis=1))

    def construct(self, xy, die_feats):
        r = self.radius(xy)
        edge = r > self.r_inner
        edge_feats = die_feats[edge]
        logits = self.head(edge_feats)
        return ops.sigmoid(logits).max()


def make():
    np.random.seed(3)
    xy = np.random.uniform(-10, 10, size=(50, 2)).astype(np.float32)
    xy[0] = [9.5, 0.0]
    feats = np.random.randn(50, 6).astype(np.float32)
    return EdgeRingAnomaly(), (Tensor(xy), Tensor(feats))
