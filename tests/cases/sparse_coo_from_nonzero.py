# case: indices for a COOTensor computed in construct with ops.nonzero on a mask, values gathered with gather_nd; nnz depends on data -> dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def to_sparse(x, thresh):
    idx = ops.nonzero(x > thresh)
    vals = ops.gather_nd(x, idx)
    return COOTensor(idx, vals, x.shape)


class Prune(nn.Cell):
    def __init__(self, thresh=0.1):
        super().__init__()
        self.thresh = thresh

    def construct(self, w):
        sp = to_sparse(w, self.thresh)
        return sp.values.abs().mean(), sp.indices


def make():
    return Prune(), (Tensor(np.random.randn(4, 4).astype(np.float32)),)
