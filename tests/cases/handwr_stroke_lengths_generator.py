# case: sums per-stroke arc lengths with a generator expression over stroke tensors passed as a tuple -> generator expression in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TotalInkLength(nn.Cell):
    def __init__(self):
        super().__init__()

    def arc_length(self, stroke):
        d = stroke[1:] - stroke[:-1]
        return ops.sqrt((d ** 2).sum(-1)).sum()

    def construct(self, strokes):
        total = sum(self.arc_length(s) for s in strokes)
        return total


def make():
    np.random.seed(18)
    strokes = tuple(Tensor(np.random.rand(n, 2).astype(np.float32)) for n in (5, 8, 4))
    return TotalInkLength(), (strokes,)
