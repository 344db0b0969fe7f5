# case: slice the padded atom feature block with the real atom count passed as a tensor, x[:n_atoms] -> slice size from tensor value, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedCrystalEncoder(nn.Cell):
    def __init__(self, in_dim=16, hidden=32):
        super().__init__()
        self.embed = nn.Dense(in_dim, hidden)
        self.readout = nn.Dense(hidden, 1)

    def construct(self, atom_feats, n_atoms):
        real = atom_feats[:n_atoms]
        h = ops.softplus(self.embed(real))
        pooled = ops.reduce_mean(h, 0)
        return self.readout(pooled)


def make():
    np.random.seed(1)
    max_atoms = 12
    feats = np.zeros((max_atoms, 16), np.float32)
    feats[:7] = np.random.randn(7, 16).astype(np.float32)
    return PaddedCrystalEncoder(), (Tensor(feats), Tensor(7, ms.int32))
