# case: find the distinct predicted row indices of table cells with ops.unique and sum cell heights per row -> dynamic shape (unique)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowHeightAggregator(nn.Cell):
    def __init__(self):
        super().__init__()

    def cell_heights(self, cell_boxes):
        return cell_boxes[:, 3] - cell_boxes[:, 1]

    def construct(self, row_ids, cell_boxes):
        rows, inverse = ops.unique(row_ids)
        heights = self.cell_heights(cell_boxes)
        per_row = ops.unsorted_segment_sum(heights, inverse, rows.shape[0])
        counts = ops.unsorted_segment_sum(ops.ones_like(heights), inverse, rows.shape[0])
        return rows, per_row / counts


def make():
    np.random.seed(3)
    row_ids = Tensor(np.array([0, 0, 0, 2, 2, 5, 5, 5, 5], dtype=np.int32))
    y0 = np.random.rand(9).astype(np.float32) * 100
    boxes = np.stack([np.zeros(9), y0, np.full(9, 30.0), y0 + 12], axis=1).astype(np.float32)
    return RowHeightAggregator(), (row_ids, Tensor(boxes))
