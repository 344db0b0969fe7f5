# case: per-symbol bounding boxes from point-to-symbol assignments with unsorted_segment_min/max and a fixed symbol budget -> static num_segments, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SymbolBoxes(nn.Cell):
    def __init__(self, max_symbols=5):
        super().__init__()
        self.max_symbols = max_symbols

    def construct(self, points, symbol_ids):
        mins = ops.unsorted_segment_min(points, symbol_ids, self.max_symbols)
        maxs = ops.unsorted_segment_max(points, symbol_ids, self.max_symbols)
        boxes = ops.concat((mins, maxs), -1)
        centers = (mins + maxs) * 0.5
        return boxes, centers


def make():
    np.random.seed(36)
    pts = np.random.rand(14, 2).astype(np.float32)
    ids = np.sort(np.random.randint(0, 5, 14)).astype(np.int32)
    return SymbolBoxes(), (Tensor(pts), Tensor(ids))
