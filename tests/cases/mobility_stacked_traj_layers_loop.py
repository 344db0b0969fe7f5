# case: stacked residual trajectory blocks iterated over a CellList with a configured depth -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajBlock(nn.Cell):
    def __init__(self, dim=16, dropout=0.0):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.ff = nn.SequentialCell([nn.Dense(dim, dim * 2), nn.GELU(), nn.Dense(dim * 2, dim)])
        self.drop = nn.Dropout(p=dropout)

    def construct(self, x):
        return x + self.drop(self.ff(self.norm(x)))


class MobilityBackbone(nn.Cell):
    """Point-wise deep encoder for (B, T, 4) features: lat, lon, speed, heading."""

    def __init__(self, in_dim=4, dim=16, depth=3):
        super().__init__()
        self.inp = nn.Dense(in_dim, dim)
        self.blocks = nn.CellList([TrajBlock(dim) for _ in range(depth)])
        self.out_norm = nn.LayerNorm((dim,))

    def construct(self, feats):
        h = self.inp(feats)
        hiddens = []
        for blk in self.blocks:
            h = blk(h)
            hiddens.append(h.mean(axis=1))
        return self.out_norm(h), ops.stack(hiddens, axis=1)


def make():
    np.random.seed(29)
    feats = np.random.rand(2, 6, 4).astype(np.float32)
    return MobilityBackbone(), (Tensor(feats),)
