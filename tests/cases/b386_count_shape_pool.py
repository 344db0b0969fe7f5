# case: crystal pooling takes num_segments from the shape of a per-crystal atom-count tensor (shape-only, looks like data) and averages atom features -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftedSoftplus(nn.Cell):
    def __init__(self):
        super().__init__()
        self.shift = float(np.log(2.0))

    def construct(self, x):
        return ops.softplus(x) - self.shift


class PoolingConfig:
    def __init__(self, hidden=32, pool="mean", return_dict=False):
        self.hidden = hidden
        self.pool = pool
        self.return_dict = return_dict


class SegmentPoolingMixin:
    def _segment_mean(self, h, crystal_ids, n_atoms_per_crystal):
        num_crystals = n_atoms_per_crystal.shape[0]
        total = ops.unsorted_segment_sum(h, crystal_ids, num_crystals)
        denom = ops.maximum(n_atoms_per_crystal.astype(h.dtype), 1.0)
        return total / denom[:, None]


class CrystalReadout(nn.Cell, SegmentPoolingMixin):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.return_dict = config.return_dict
        self.head = nn.SequentialCell([nn.Dense(config.hidden, config.hidden), ShiftedSoftplus(), nn.Dense(config.hidden, 1)])

    def construct(self, atom_h, crystal_ids, n_atoms_per_crystal):
        if self.pool == "mean":
            crys = self._segment_mean(atom_h, crystal_ids, n_atoms_per_crystal)
        else:
            crys = ops.unsorted_segment_sum(atom_h, crystal_ids, n_atoms_per_crystal.shape[0])
        energy = self.head(crys).squeeze(-1)
        return energy, crys


def make():
    np.random.seed(5)
    atom_h = Tensor(np.random.randn(14, 32).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 5 + [1] * 4 + [2] * 5, dtype=np.int32))
    counts = Tensor(np.array([5, 4, 5], dtype=np.int32))
    return CrystalReadout(PoolingConfig()), (atom_h, crystal_ids, counts)
