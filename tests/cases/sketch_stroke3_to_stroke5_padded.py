# case: converts a stroke-3 sketch to padded stroke-5 of config length, pad size from len()/shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stroke3To5(nn.Cell):
    """(dx, dy, lift) -> (dx, dy, p1, p2, p3), padded with end-of-sketch rows."""

    def __init__(self, max_len=12, scale_factor=1.0):
        super().__init__()
        self.max_len = max_len
        self.scale_factor = scale_factor

    def pen_states(self, lift):
        p2 = lift.expand_dims(-1)
        p1 = 1.0 - p2
        p3 = ops.zeros_like(p2)
        return ops.concat((p1, p2, p3), axis=-1)

    def end_rows(self, n):
        rows = ops.zeros((n, 5), ms.float32)
        rows[:, 4] = 1.0
        return rows

    def construct(self, strokes3):
        n = len(strokes3)
        xy = strokes3[:, :2] / self.scale_factor
        body = ops.concat((xy, self.pen_states(strokes3[:, 2])), axis=-1)
        pad = self.max_len - n
        if pad > 0:
            body = ops.concat((body, self.end_rows(pad)), axis=0)
        return body


def make():
    np.random.seed(21)
    s = np.random.randn(8, 3).astype(np.float32)
    s[:, 2] = (np.random.rand(8) > 0.6).astype(np.float32)
    return Stroke3To5(), (Tensor(s),)
