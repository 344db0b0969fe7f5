# case: crystal-level mean pooling infers the number of crystals in the batch with ops.unique over the atom->crystal ids and uses it as num_segments -> data-dependent segment count (dynamic or rejected)
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
    pool = "mean"
    hidden = 32
    eps = 1e-6


class SegmentPoolingMixin:
    def _count_crystals(self, crystal_ids):
        uniq, _ = ops.unique(crystal_ids)
        return uniq.shape[0]

    def _segment_mean(self, h, crystal_ids, num_crystals):
        ones = ops.ones((h.shape[0], 1), h.dtype)
        total = ops.unsorted_segment_sum(h, crystal_ids, num_crystals)
        count = ops.unsorted_segment_sum(ones, crystal_ids, num_crystals)
        return total / (count + self.eps)


class CrystalReadout(nn.Cell, SegmentPoolingMixin):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.pool = config.pool
        self.head = nn.SequentialCell([nn.Dense(config.hidden, config.hidden), ShiftedSoftplus(), nn.Dense(config.hidden, 1)])

    def construct(self, atom_h, crystal_ids):
        n_crys = self._count_crystals(crystal_ids)
        if self.pool == "mean":
            crys = self._segment_mean(atom_h, crystal_ids, n_crys)
        else:
            crys = ops.unsorted_segment_sum(atom_h, crystal_ids, n_crys)
        return self.head(crys).squeeze(-1)


def make():
    np.random.seed(4)
    atom_h = Tensor(np.random.randn(14, 32).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 5 + [1] * 4 + [2] * 5, dtype=np.int32))
    return CrystalReadout(PoolingConfig()), (atom_h, crystal_ids)
