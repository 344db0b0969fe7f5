# case: sub-Cell picks table cells predicted as merged with ops.nonzero, parent gathers them and takes their union box -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MergedCellFinder(nn.Cell):
    def __init__(self, thresh=0.6):
        super().__init__()
        self.thresh = thresh

    def construct(self, merge_logits):
        probs = ops.sigmoid(merge_logits)
        idx = ops.nonzero(probs > self.thresh)
        return idx[:, 0]


class TableCellMerger(nn.Cell):
    def __init__(self):
        super().__init__()
        self.finder = MergedCellFinder()

    def construct(self, cell_boxes, merge_logits):
        idx = self.finder(merge_logits)
        merged = ops.gather(cell_boxes, idx, 0)
        top_left = merged[:, :2].min(axis=0)
        bottom_right = merged[:, 2:].max(axis=0)
        return ops.concat([top_left, bottom_right])


def make():
    np.random.seed(1)
    grid = np.array([[c * 20, r * 10, c * 20 + 20, r * 10 + 10]
                     for r in range(3) for c in range(4)], dtype=np.float32)
    logits = np.random.randn(12).astype(np.float32)
    logits[[1, 2, 5]] = 3.0
    return TableCellMerger(), (Tensor(grid), Tensor(logits))
