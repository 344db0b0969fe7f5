# case: select oxygen atoms with a boolean mask on atomic numbers, feats[z == 8], then mean-pool them -> boolean-mask indexing gives a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OxygenEnvironmentHead(nn.Cell):
    def __init__(self, feat_dim=8, oxygen_z=8):
        super().__init__()
        self.oxygen_z = oxygen_z
        self.proj = nn.Dense(feat_dim, 4)

    def construct(self, atom_feats, atomic_numbers):
        is_oxygen = atomic_numbers == self.oxygen_z
        oxygen_feats = atom_feats[is_oxygen]
        h = ops.tanh(self.proj(oxygen_feats))
        return h.mean(axis=0)


def make():
    np.random.seed(3)
    z = np.array([14, 8, 8, 14, 8, 8, 8, 26, 8, 14], np.int32)
    feats = np.random.randn(10, 8).astype(np.float32)
    return OxygenEnvironmentHead(), (Tensor(feats), Tensor(z))
