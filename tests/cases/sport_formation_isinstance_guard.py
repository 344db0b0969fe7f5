# case: formation line heights where the defender-line argument may be an int count or a tuple of indices, dispatched by isinstance -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineHeights(nn.Cell):
    def __init__(self, lines=(4, 4, 2)):
        super().__init__()
        self.lines = lines

    def line_mean(self, x_sorted, start, size):
        return x_sorted[start:start + size].mean()

    def construct(self, team_x, gk_index):
        if isinstance(gk_index, int):
            outfield = ops.concat([team_x[:gk_index], team_x[gk_index + 1:]])
        else:
            outfield = team_x[1:]
        x_sorted, _ = ops.sort(outfield)
        heights = []
        start = 0
        for size in self.lines:
            heights.append(self.line_mean(x_sorted, start, size))
            start += size
        return ops.stack(heights)


def make():
    np.random.seed(33)
    team_x = (np.random.rand(11) * 60).astype(np.float32)
    return LineHeights(), (Tensor(team_x), 0)
