# case: collects the distinct atom-map numbers present in a reactant set with ops.unique before pooling per mapped atom -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MappedAtomPool(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, atom_h, atom_map):
        uniq, inv = ops.unique(atom_map)
        h = ops.relu(self.proj(atom_h))
        pooled = ops.unsorted_segment_sum(h, inv, uniq.shape[0])
        return uniq, pooled


def make():
    np.random.seed(6)
    atom_h = Tensor(np.random.randn(10, 8).astype(np.float32))
    atom_map = Tensor(np.array([3, 1, 2, 3, 5, 1, 0, 2, 5, 4], dtype=np.int32))
    return MappedAtomPool(), (atom_h, atom_map)
