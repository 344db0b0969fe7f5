# case: collate helper returns stroke-3 when no sketch in the batch has reached its end token, stroke-5 otherwise -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeFormatAdapter(nn.Cell):
    """Feed either stroke-3 or stroke-5 into a linear embedding."""

    def __init__(self, dim=8):
        super().__init__()
        self.embed3 = nn.Dense(3, dim)
        self.embed5 = nn.Dense(5, dim)

    def to_stroke3(self, strokes5):
        pen_lift = strokes5[..., 3:4] + strokes5[..., 4:5]
        return ops.concat((strokes5[..., :2], pen_lift), axis=-1)

    def choose_format(self, strokes5):
        if strokes5[..., 4].sum() == 0:
            out = self.to_stroke3(strokes5)
        else:
            out = strokes5
        return out

    def construct(self, strokes5):
        x = self.choose_format(strokes5)
        if x.shape[-1] == 3:
            return self.embed3(x)
        return self.embed5(x)


def make():
    np.random.seed(15)
    s = np.zeros((2, 6, 5), np.float32)
    s[..., :2] = np.random.randn(2, 6, 2)
    s[..., 2] = 1.0
    s[:, -1, 2] = 0.0
    s[:, -1, 4] = 1.0
    return StrokeFormatAdapter(), (Tensor(s),)
