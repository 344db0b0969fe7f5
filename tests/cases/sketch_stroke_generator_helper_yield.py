# case: stroke encoder iterates points through a generator helper (yield) inside construct -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentStrokeEncoder(nn.Cell):
    """Encode a stroke-3 sketch with an LSTMCell, one point at a time."""

    def __init__(self, hidden=12, num_points=6):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.hidden = hidden
        self.num_points = num_points

    def points(self, strokes):
        for i in range(self.num_points):
            yield strokes[:, i, :]

    def construct(self, strokes):
        b = strokes.shape[0]
        h = ops.zeros((b, self.hidden), ms.float32)
        c = ops.zeros((b, self.hidden), ms.float32)
        for p in self.points(strokes):
            h, c = self.cell(p, (h, c))
        return h


def make():
    np.random.seed(19)
    strokes = Tensor(np.random.randn(2, 6, 3).astype(np.float32))
    return RecurrentStrokeEncoder(), (strokes,)
