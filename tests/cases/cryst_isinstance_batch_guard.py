# case: property predictor accepting either a single crystal tensor or a tuple of crystals, branching on isinstance(x, tuple) and concatenating -> type guard resolved at compile time, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandGapPredictor(nn.Cell):
    def __init__(self, dim=6, hidden=12):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(dim, hidden), nn.ReLU()])
        self.head = nn.Dense(hidden, 1)

    def crystal_vector(self, atom_feats):
        return self.encoder(atom_feats).mean(axis=0, keep_dims=True)

    def construct(self, crystals):
        if isinstance(crystals, tuple):
            vecs = ()
            for c in crystals:
                vecs = vecs + (self.crystal_vector(c),)
            pooled = ops.concat(vecs, 0)
        else:
            pooled = self.crystal_vector(crystals)
        return ops.relu(self.head(pooled)).squeeze(-1)


def make():
    np.random.seed(36)
    c1 = Tensor(np.random.randn(4, 6).astype(np.float32))
    c2 = Tensor(np.random.randn(7, 6).astype(np.float32))
    c3 = Tensor(np.random.randn(5, 6).astype(np.float32))
    return BandGapPredictor(), ((c1, c2, c3),)
