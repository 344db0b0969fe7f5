# case: stores the thresholded defect mask as a COOTensor built from nonzero coordinates and sums per-row areas -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDefectMask(nn.Cell):
    def __init__(self, threshold=0.8):
        super().__init__()
        self.threshold = threshold

    def to_sparse(self, amap):
        mask = amap > self.threshold
        indices = ops.nonzero(mask).astype(ms.int32)
        values = ops.gather_nd(amap, indices)
        return COOTensor(indices, values, amap.shape)

    def construct(self, amap):
        sp = self.to_sparse(amap)
        dense = sp.to_dense()
        row_area = (dense > 0).astype(ms.float32).sum(axis=1)
        return row_area, sp.values.sum()


def make():
    np.random.seed(10)
    amap = np.random.rand(8, 8).astype(np.float32)
    return SparseDefectMask(), (Tensor(amap),)
