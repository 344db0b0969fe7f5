# case: turn nonzero lane pixel coordinates into a COOTensor lane mask and densify it for the BEV loss -> dynamic shape (nonzero) plus sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseLaneMask(nn.Cell):
    def __init__(self, bev_h=16, bev_w=12):
        super().__init__()
        self.shape = (bev_h, bev_w)

    def construct(self, seg_prob):
        idx = ops.nonzero(seg_prob > 0.6)
        vals = ops.gather_nd(seg_prob, idx)
        sparse = COOTensor(idx.astype(ms.int32), vals, self.shape)
        dense = sparse.to_dense()
        return dense.sum(axis=1)


def make():
    np.random.seed(15)
    prob = Tensor(np.random.rand(16, 12).astype(np.float32))
    return SparseLaneMask(), (prob,)
