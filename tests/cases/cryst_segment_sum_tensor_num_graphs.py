# case: sum-pool atom features per crystal with unsorted_segment_sum where the number of crystals comes from the data loader as a tensor -> num_segments from a tensor value, dynamic output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SumPoolReadout(nn.Cell):
    def __init__(self, dim=8, n_targets=2):
        super().__init__()
        self.pre = nn.Dense(dim, dim)
        self.post = nn.Dense(dim, n_targets)

    def construct(self, atom_feats, crystal_ids, num_graphs):
        h = ops.tanh(self.pre(atom_feats))
        pooled = ops.unsorted_segment_sum(h, crystal_ids, num_graphs)
        return self.post(pooled)


def make():
    np.random.seed(40)
    feats = Tensor(np.random.randn(10, 8).astype(np.float32))
    ids = Tensor(np.array([0, 0, 0, 1, 1, 1, 1, 2, 2, 2], np.int32))
    return SumPoolReadout(), (feats, ids, Tensor(3, ms.int32))
