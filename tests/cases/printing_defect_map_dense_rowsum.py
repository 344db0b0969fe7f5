# case: builds the per-row defect energy from a dense thresholded difference map using ops.masked_fill with a static mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseDefectMap(nn.Cell):
    def __init__(self, threshold=0.3, row_limit=1.0):
        super().__init__()
        self.threshold = threshold
        self.row_limit = row_limit

    def construct(self, sheet, reference):
        diff = ops.abs(sheet - reference)
        below = diff <= self.threshold
        energy = ops.masked_fill(diff, below, Tensor(0.0, ms.float32))
        per_row = energy.sum(axis=1)
        flagged_rows = (per_row > self.row_limit).astype(ms.int32)
        return per_row, flagged_rows


def make():
    np.random.seed(33)
    ref = np.full((10, 12), 0.8, np.float32)
    sheet = ref + np.random.normal(0, 0.2, ref.shape).astype(np.float32)
    return DenseDefectMap(), (Tensor(sheet), Tensor(ref))
