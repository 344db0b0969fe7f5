# case: COOTensor passed as the network input is re-weighted and rebuilt in construct, then densified (fixed nnz); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class EdgeReweight(nn.Cell):
    def __init__(self):
        super().__init__()
        self.alpha = ms.Parameter(Tensor(0.5, ms.float32), name="alpha")

    def construct(self, adj, x):
        w = ops.sigmoid(adj.values * self.alpha)
        adj2 = COOTensor(adj.indices, w, adj.shape)
        return ops.matmul(adj2.to_dense(), x)


def make():
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 0], [3, 3]], np.int32))
    vals = Tensor(np.array([1.0, 2.0, 3.0, 4.0], np.float32))
    adj = COOTensor(idx, vals, (4, 4))
    return EdgeReweight(), (adj, Tensor(np.ones((4, 8), np.float32)))
