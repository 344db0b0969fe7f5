# case: trims a generated stroke-5 sketch at the first end-of-sketch flag then cumsums offsets -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeTrimmer(nn.Cell):
    """Cut a generated stroke-5 sketch at its end-of-sketch (p3) flag."""

    def __init__(self, eos_index=4, scale=1.0, keep_eos_row=True):
        super().__init__()
        self.eos_index = eos_index
        self.scale = scale
        self.keep_eos_row = keep_eos_row

    def first_eos(self, strokes):
        eos = strokes[:, self.eos_index]
        # index of the first row whose p3 flag is set
        return ops.argmax(eos, dim=0)

    def construct(self, strokes):
        n = self.first_eos(strokes)
        end = n + 1 if self.keep_eos_row else n
        sketch = strokes[:end]
        xy = sketch[:, :2] * self.scale
        absolute = ops.cumsum(xy, axis=0)
        return absolute


def make():
    np.random.seed(0)
    strokes = np.zeros((12, 5), np.float32)
    strokes[:, :2] = np.random.randn(12, 2).astype(np.float32)
    strokes[:7, 2] = 1.0
    strokes[7:, 4] = 1.0
    return StrokeTrimmer(), (Tensor(strokes),)
