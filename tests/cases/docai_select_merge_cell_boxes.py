# case: replace boxes of cells flagged as merged by the union box of their merge group using ops.select over fixed-size tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellMergeRefiner(nn.Cell):
    def __init__(self, thresh=0.6, big=1e4):
        super().__init__()
        self.thresh = thresh
        self.big = big

    def group_union(self, cell_boxes, merged):
        m = merged.expand_dims(-1)
        lo = ops.where(m, cell_boxes[:, :2], ops.full_like(cell_boxes[:, :2], self.big))
        hi = ops.where(m, cell_boxes[:, 2:], ops.full_like(cell_boxes[:, 2:], -self.big))
        return ops.concat([lo.min(axis=0), hi.max(axis=0)])

    def construct(self, cell_boxes, merge_logits):
        merged = ops.sigmoid(merge_logits) > self.thresh
        union = self.group_union(cell_boxes, merged)
        union_b = ops.broadcast_to(union.expand_dims(0), cell_boxes.shape)
        mask = ops.broadcast_to(merged.expand_dims(-1), cell_boxes.shape)
        return ops.select(mask, union_b, cell_boxes)


def make():
    np.random.seed(31)
    grid = np.array([[c * 20, r * 10, c * 20 + 20, r * 10 + 10]
                     for r in range(3) for c in range(4)], dtype=np.float32)
    logits = np.random.randn(12).astype(np.float32)
    logits[[1, 2, 5]] = 3.0
    return CellMergeRefiner(), (Tensor(grid), Tensor(logits))
