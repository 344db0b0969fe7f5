# case: merges column spans by building a fixed (cols x cols) membership matrix from span starts and ends and multiplying widths through it -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanMembership(nn.Cell):
    def __init__(self, num_cols=8):
        super().__init__()
        self.col_idx = Tensor(np.arange(num_cols, dtype=np.int32))

    def membership(self, start, span):
        # start, span: (num_cols,) -> (num_cols, num_cols) where [i, j] = col j inside span i
        end = start + span
        j = self.col_idx.reshape(1, -1)
        inside = ops.logical_and(j >= start.reshape(-1, 1), j < end.reshape(-1, 1))
        return inside.astype(ms.float32)

    def construct(self, widths, span):
        start = self.col_idx
        member = self.membership(start, span)
        merged_widths = ops.matmul(member, widths.reshape(-1, 1)).squeeze(-1)
        return merged_widths


def make():
    np.random.seed(5)
    widths = Tensor(np.random.rand(8).astype(np.float32))
    span = Tensor(np.array([2, 1, 1, 1, 3, 1, 1, 1], dtype=np.int32))
    return SpanMembership(), (widths, span)
