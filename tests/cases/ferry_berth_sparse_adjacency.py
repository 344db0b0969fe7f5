# case: berth conflict scorer builds a COOTensor of conflicting berth pairs inside construct and multiplies with a dense score -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class BerthConflict(nn.Cell):
    def __init__(self, n_berths=4):
        super().__init__()
        self.n_berths = n_berths

    def construct(self, pair_idx, conflict_weight, berth_load):
        adj = COOTensor(pair_idx, conflict_weight, (self.n_berths, self.n_berths))
        dense = adj.to_dense()
        penalty = ops.matmul(dense, berth_load.reshape((-1, 1)))
        return penalty.squeeze(-1)


def make():
    np.random.seed(18)
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 3]], dtype=np.int32))
    w = Tensor(np.array([0.5, 1.0, 0.25], dtype=np.float32))
    load = Tensor(np.random.rand(4).astype(np.float32))
    return BerthConflict(), (idx, w, load)
