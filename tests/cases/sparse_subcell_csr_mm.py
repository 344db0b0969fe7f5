# case: sub-Cell holds a CSR adjacency and multiplies features
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Prop(nn.Cell):
    def construct(self, indptr, indices, vals, h):
        adj = ms.CSRTensor(indptr, indices, vals, (3, 3))
        return adj.mm(h)


class GNN(nn.Cell):
    def __init__(self):
        super().__init__()
        self.prop = Prop()
        self.lin = nn.Dense(2, 2)

    def construct(self, indptr, indices, vals, h):
        return self.lin(self.prop(indptr, indices, vals, h))


def make():
    return GNN(), (Tensor(np.array([0, 1, 2, 3], np.int32)), Tensor(np.array([1, 2, 0], np.int32)),
                   Tensor(np.ones(3, np.float32)), Tensor(np.ones((3, 2), np.float32)))
