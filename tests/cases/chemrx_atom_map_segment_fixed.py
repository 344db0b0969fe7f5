# case: pools atom features per atom-map number with unsorted_segment_sum over a constructor-fixed max_map count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MappedAtomPool(nn.Cell):
    def __init__(self, hidden=8, max_map=12):
        super().__init__()
        self.proj = nn.Dense(hidden, hidden)
        self.max_map = max_map

    def construct(self, atom_h, atom_map):
        h = ops.relu(self.proj(atom_h))
        pooled = ops.unsorted_segment_sum(h, atom_map, self.max_map)
        counts = ops.unsorted_segment_sum(ops.ones_like(atom_map).astype(ms.float32), atom_map, self.max_map)
        present = (counts > 0).astype(ms.float32)
        mean = pooled / ops.maximum(counts, 1.0).expand_dims(-1)
        return mean * present.expand_dims(-1), present


def make():
    np.random.seed(7)
    atom_h = Tensor(np.random.randn(10, 8).astype(np.float32))
    atom_map = Tensor(np.array([3, 1, 2, 3, 5, 1, 0, 2, 5, 4], dtype=np.int32))
    return MappedAtomPool(), (atom_h, atom_map)
