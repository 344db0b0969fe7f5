# case: truncates the point sequence to a fixed window only when the ink has many strokes, otherwise returns it whole -> tensor-valued if with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkCropper(nn.Cell):
    def __init__(self, window=8, max_strokes=3):
        super().__init__()
        self.window = window
        self.max_strokes = max_strokes

    def construct(self, points):
        n_strokes = points[:, 2].sum()
        if n_strokes > self.max_strokes:
            out = points[:self.window]
        else:
            out = points
        return out * 2.0


def make():
    np.random.seed(16)
    pts = np.random.rand(14, 3).astype(np.float32)
    pts[:, 2] = (np.random.rand(14) > 0.5).astype(np.float32)
    return InkCropper(), (Tensor(pts),)
