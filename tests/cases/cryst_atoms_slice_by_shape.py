# case: split a two-crystal supercell batch into halves with sizes taken from x.shape, then compare their pooled features -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwinCrystalComparator(nn.Cell):
    def __init__(self, dim=10, hidden=16):
        super().__init__()
        self.encoder = nn.Dense(dim, hidden)
        self.score = nn.Dense(hidden, 1)

    def pool(self, h):
        return ops.reduce_max(h, 0)

    def construct(self, atom_feats):
        half = atom_feats.shape[0] // 2
        left = ops.softplus(self.encoder(atom_feats[:half]))
        right = ops.softplus(self.encoder(atom_feats[half:]))
        return self.score(ops.abs(self.pool(left) - self.pool(right)))


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(14, 10).astype(np.float32))
    return TwinCrystalComparator(), (feats,)
