# case: applies a separate Dense scoring head per wafer zone held in an nn.CellList, iterating the CellList in construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneHead(nn.Cell):
    def __init__(self, in_dim, hidden=8):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, x):
        return self.net(x).squeeze(-1)


class ZonedDieScorer(nn.Cell):
    def __init__(self, num_zones=3, in_dim=5):
        super().__init__()
        self.heads = nn.CellList([ZoneHead(in_dim) for _ in range(num_zones)])

    def construct(self, die_feats, zone_onehot):
        # die_feats: (dies, in_dim), zone_onehot: (dies, zones)
        scores = []
        for head in self.heads:
            scores.append(head(die_feats))
        per_zone = ops.stack(scores, axis=-1)
        return ops.sigmoid((per_zone * zone_onehot).sum(axis=-1))


def make():
    np.random.seed(38)
    feats = Tensor(np.random.randn(30, 5).astype(np.float32))
    zones = np.eye(3, dtype=np.float32)[np.random.randint(0, 3, size=30)]
    return ZonedDieScorer(), (feats, Tensor(zones))
