# case: graph conv builds a COOTensor from ops.nonzero of a thresholded similarity matrix inside construct and densifies it on CPU; nnz data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class KNNGraphConv(nn.Cell):
    def __init__(self, dim=4, thresh=0.5):
        super().__init__()
        self.thresh = thresh
        self.lin = nn.Dense(dim, dim)

    def construct(self, x):
        sim = ops.sigmoid(ops.matmul(x, x.T))
        idx = ops.nonzero(sim > self.thresh).astype(ms.int32)
        vals = ops.gather_nd(sim, idx)
        adj = COOTensor(idx, vals, (x.shape[0], x.shape[0]))
        return ops.matmul(adj.to_dense(), self.lin(x))


def make():
    return KNNGraphConv(), (Tensor(np.random.randn(5, 4).astype(np.float32)),)
