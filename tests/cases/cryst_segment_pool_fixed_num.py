# case: pool atom features into per-crystal vectors with unsorted_segment_sum, number of crystals fixed in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrystalSumPool(nn.Cell):
    def __init__(self, num_crystals, hidden=16):
        super().__init__()
        self.num_crystals = num_crystals
        self.atom_mlp = nn.SequentialCell([nn.Dense(6, hidden), nn.SiLU(), nn.Dense(hidden, hidden)])
        self.head = nn.Dense(hidden, 1)

    def construct(self, atom_feats, crystal_ids):
        h = self.atom_mlp(atom_feats)
        pooled = ops.unsorted_segment_sum(h, crystal_ids, self.num_crystals)
        return self.head(pooled).squeeze(-1)


def make():
    np.random.seed(5)
    ids = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 3], np.int32)
    feats = np.random.randn(10, 6).astype(np.float32)
    return CrystalSumPool(num_crystals=4), (Tensor(feats), Tensor(ids))
