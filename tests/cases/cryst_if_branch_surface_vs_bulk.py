# case: if the slab has a vacuum gap (max z spread larger than a threshold, a tensor test) keep only the top atoms by slicing, else keep all atoms -> tensor if whose branches give different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurfaceEnergyHead(nn.Cell):
    def __init__(self, feat_dim=6, n_top=3, vacuum=6.0):
        super().__init__()
        self.n_top = n_top
        self.vacuum = vacuum
        self.site_energy = nn.Dense(feat_dim, 1)

    def construct(self, atom_feats, z_coords):
        spread = z_coords.max() - z_coords.min()
        if spread > self.vacuum:
            order = ops.sort(z_coords, descending=True)[1]
            feats = ops.gather(atom_feats, order[:self.n_top], 0)
        else:
            feats = atom_feats
        e = self.site_energy(feats)
        return e


def make():
    np.random.seed(25)
    feats = Tensor(np.random.randn(8, 6).astype(np.float32))
    z = Tensor(np.array([0.0, 1.5, 3.0, 4.5, 6.0, 7.5, 9.0, 10.5], np.float32))
    return SurfaceEnergyHead(), (feats, z)
