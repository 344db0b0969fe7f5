# case: merges horizontally spanned cells by walking columns in a while loop on tensor span values and appending merged widths to a list -> data-dependent loop and list, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowSpanMerger(nn.Cell):
    def __init__(self, num_cols=8):
        super().__init__()
        self.num_cols = num_cols

    def construct(self, widths, colspan):
        # widths: (num_cols,) float, colspan: (num_cols,) int32 span starting at each column
        merged = []
        c = Tensor(0, ms.int32)
        while c < self.num_cols:
            span = colspan[c]
            merged.append(widths[c:c + span].sum())
            c = c + span
        return ops.stack(merged)


def make():
    np.random.seed(4)
    widths = Tensor(np.random.rand(8).astype(np.float32))
    colspan = Tensor(np.array([2, 1, 1, 1, 3, 1, 1, 1], dtype=np.int32))
    return RowSpanMerger(), (widths, colspan)
