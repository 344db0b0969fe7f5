# case: garment contour pixels stored as a COOTensor built from argwhere of the edge map, then densified -> sparse tensor with data-dependent nnz
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class ContourSparse(nn.Cell):
    def __init__(self, height=12, width=12):
        super().__init__()
        self.shape = (height, width)

    def construct(self, mask):
        dx = ops.abs(mask[:, 1:] - mask[:, :-1])
        edge = ops.pad(dx, (0, 1, 0, 0)) > 0
        idx = ops.argwhere(edge).astype(ms.int32)
        vals = ops.ones((idx.shape[0],), ms.float32)
        coo = COOTensor(idx, vals, self.shape)
        return coo.to_dense()


def make():
    np.random.seed(17)
    m = np.zeros((12, 12), np.float32)
    m[2:9, 3:10] = 1.0
    return ContourSparse(), (Tensor(m),)
