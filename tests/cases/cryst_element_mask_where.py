# case: zero out non-transition-metal atoms with ops.where on an element mask and average over the metal count kept as a tensor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransitionMetalMoment(nn.Cell):
    def __init__(self, feat_dim=8, z_lo=21, z_hi=30):
        super().__init__()
        self.z_lo = z_lo
        self.z_hi = z_hi
        self.moment_head = nn.Dense(feat_dim, 1)

    def metal_mask(self, z):
        return ops.logical_and(z >= self.z_lo, z <= self.z_hi)

    def construct(self, atom_feats, atomic_numbers):
        mask = self.metal_mask(atomic_numbers)
        moments = self.moment_head(atom_feats).squeeze(-1)
        moments = ops.where(mask, moments, ops.zeros_like(moments))
        n_metal = ops.maximum(ops.cast(mask, ms.float32).sum(), 1.0)
        return moments.sum() / n_metal


def make():
    np.random.seed(12)
    z = np.array([26, 8, 8, 27, 8, 28, 8, 8], np.int32)
    feats = np.random.randn(8, 8).astype(np.float32)
    return TransitionMetalMoment(), (Tensor(feats), Tensor(z))
