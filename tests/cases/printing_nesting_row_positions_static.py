# case: die-cut nesting computes left/right edges of all blanks in a row and a fits flag vector, never slicing by the count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowLayout(nn.Cell):
    def __init__(self, sheet_width_mm=720.0, gutter_mm=3.0):
        super().__init__()
        self.sheet_width = sheet_width_mm
        self.gutter = gutter_mm

    def construct(self, blank_widths):
        pitches = blank_widths + self.gutter
        right_edges = ops.cumsum(pitches, 0)
        left_edges = right_edges - pitches
        fits = (right_edges <= self.sheet_width).astype(ms.float32)
        used = (pitches * fits).sum()
        waste_ratio = 1.0 - used / self.sheet_width
        half = blank_widths.shape[0] // 2
        first_half_width = right_edges[half - 1]
        return left_edges * fits, right_edges * fits, waste_ratio, first_half_width


def make():
    np.random.seed(5)
    widths = np.random.uniform(60, 140, (14,)).astype(np.float32)
    return RowLayout(), (Tensor(widths),)
