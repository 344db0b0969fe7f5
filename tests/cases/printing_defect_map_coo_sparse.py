# case: builds a sparse COO defect map from the coordinates of defect pixels found on the sheet and sums it per row -> sparse tensor from data-dependent indices (dynamic) in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDefectMap(nn.Cell):
    def __init__(self, threshold=0.3):
        super().__init__()
        self.threshold = threshold

    def construct(self, sheet, reference):
        diff = ops.abs(sheet - reference)
        idx = ops.nonzero(diff > self.threshold)
        vals = ops.gather_nd(diff, idx)
        defect_map = COOTensor(idx, vals, sheet.shape)
        dense = defect_map.to_dense()
        return dense.sum(axis=1)


def make():
    np.random.seed(32)
    ref = np.full((10, 12), 0.8, np.float32)
    sheet = ref + np.random.normal(0, 0.2, ref.shape).astype(np.float32)
    return SparseDefectMap(), (Tensor(sheet), Tensor(ref))
