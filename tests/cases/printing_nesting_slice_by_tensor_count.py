# case: die-cut nesting keeps only the first n candidate blank placements where n is how many fit on the sheet width, slicing with a tensor bound -> dynamic or error (slice bound from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowNester(nn.Cell):
    def __init__(self, sheet_width_mm=720.0, gutter_mm=3.0):
        super().__init__()
        self.sheet_width = sheet_width_mm
        self.gutter = gutter_mm

    def construct(self, blank_widths):
        pitches = blank_widths + self.gutter
        right_edges = ops.cumsum(pitches, 0)
        n_fit = (right_edges <= self.sheet_width).astype(ms.int32).sum()
        placed = right_edges[:n_fit]
        left_edges = placed - pitches[:n_fit]
        return left_edges, placed


def make():
    np.random.seed(4)
    widths = np.random.uniform(60, 140, (14,)).astype(np.float32)
    return RowNester(), (Tensor(widths),)
