# case: gather the last 4 lines of each page for the widow/orphan check using an index built from shape constants -> static gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TailLines(nn.Cell):
    def __init__(self, leading=14.0, tail=4):
        super().__init__()
        self.leading = leading
        self.tail = tail

    def construct(self, line_widths, measure):
        n_lines = line_widths.shape[0]
        idx = ops.arange(n_lines - self.tail, n_lines)
        tail = ops.gather(line_widths, idx, 0)
        short = (tail < 0.5 * measure).astype(ms.float32)
        return tail, short.sum() * self.leading


def make():
    np.random.seed(172)
    widths = np.random.uniform(60.0, 240.0, size=(30,)).astype(np.float32)
    return TailLines(), (Tensor(widths), Tensor(np.float32(240.0)))
