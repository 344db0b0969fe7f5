# case: sparse activation rebuilds a COOTensor with relu'd values and the same indices (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseReLU(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = nn.Dense(1, 1)

    def construct(self, idx, vals):
        v = self.scale(vals.expand_dims(-1)).squeeze(-1)
        sp = COOTensor(idx, ops.relu(v), (3, 5))
        return sp.to_dense().sum(axis=0)


def make():
    idx = Tensor(np.array([[0, 1], [1, 4], [2, 2]], np.int32))
    return SparseReLU(), (idx, Tensor(np.array([-1.0, 2.0, 0.5], np.float32)))
