# case: gather the last lines of a page that the compositor marked for resetting, the count read with .item() -> gather index count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResetLines(nn.Cell):
    def __init__(self, leading=14.0):
        super().__init__()
        self.leading = leading

    def construct(self, line_widths, reset_count):
        n_lines = line_widths.shape[0]
        n_reset = reset_count.item()
        idx = ops.arange(n_lines - n_reset, n_lines)
        tail = ops.gather(line_widths, idx, 0)
        depth = tail.shape[0] * self.leading
        return tail, depth


def make():
    np.random.seed(171)
    widths = np.random.uniform(150.0, 240.0, size=(30,)).astype(np.float32)
    return ResetLines(), (Tensor(widths), Tensor(np.int32(4)))
