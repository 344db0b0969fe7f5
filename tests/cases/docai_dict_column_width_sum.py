# case: accumulate cell widths per column in a Python dict keyed by int() of each column id tensor, then stack by sorted key -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnWidthAggregator(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, col_ids, cell_boxes):
        widths = cell_boxes[:, 2] - cell_boxes[:, 0]
        per_col = {}
        for i in range(col_ids.shape[0]):
            key = int(col_ids[i])
            per_col[key] = per_col.get(key, 0.0) + widths[i]
        return ops.stack([per_col[k] for k in sorted(per_col.keys())])


def make():
    np.random.seed(19)
    col_ids = Tensor(np.array([0, 1, 2, 0, 1, 2, 0, 2], dtype=np.int32))
    x0 = np.random.rand(8).astype(np.float32) * 100
    boxes = np.stack([x0, np.zeros(8), x0 + 25, np.full(8, 10.0)], axis=1).astype(np.float32)
    return ColumnWidthAggregator(), (col_ids, Tensor(boxes))
