# case: per-molecule sum pooling with unsorted_segment_sum whose num_segments is mol_ids.max() + 1 -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoleculeReadout(nn.Cell):
    def __init__(self, dim=16, out_dim=1, mean_pool=False):
        super().__init__()
        self.atom_mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.SiLU()])
        self.head = nn.Dense(dim, out_dim)
        self.mean_pool = mean_pool

    def pool(self, h, mol_ids):
        num_mols = mol_ids.max() + 1
        summed = ops.unsorted_segment_sum(h, mol_ids, num_mols)
        if self.mean_pool:
            ones = ops.ones((h.shape[0], 1), ms.float32)
            summed = summed / ops.unsorted_segment_sum(ones, mol_ids, num_mols)
        return summed

    def construct(self, h, mol_ids):
        h = self.atom_mlp(h)
        return self.head(self.pool(h, mol_ids))


def make():
    np.random.seed(12)
    h = Tensor(np.random.randn(9, 16).astype(np.float32))
    ids = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2], dtype=np.int32))
    return MoleculeReadout(), (h, ids)
