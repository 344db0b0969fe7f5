# case: splits a point sequence into strokes by looping over points and appending a stroke to a list whenever the pen-up flag is set -> data-dependent list growth and tensor-valued branch
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeSplitter(nn.Cell):
    def __init__(self, num_points=12):
        super().__init__()
        self.num_points = num_points

    def construct(self, points):
        strokes = []
        start = 0
        for i in range(self.num_points):
            if points[i, 2] > 0.5:
                strokes.append(points[start:i + 1, :2].mean(0))
                start = i + 1
        return ops.stack(strokes)


def make():
    np.random.seed(10)
    pts = np.random.rand(12, 3).astype(np.float32)
    pts[:, 2] = 0.0
    pts[[3, 7, 11], 2] = 1.0
    return StrokeSplitter(), (Tensor(pts),)
