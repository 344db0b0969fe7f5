# case: line generalisation keeps every vertex for short lines but every second vertex when the tensor line length (via .item()) exceeds a limit -> branches of different shapes chosen by data, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def polyline_length(pts):
    d = pts[1:] - pts[:-1]
    return ops.sqrt((d * d).sum(-1)).sum()


class Generaliser(nn.Cell):
    def __init__(self, max_length=500.0):
        super().__init__()
        self.max_length = max_length

    def construct(self, line):
        length = polyline_length(line).item()
        if length > self.max_length:
            simplified = line[::2]
        else:
            simplified = line
        return simplified, polyline_length(simplified)


def make():
    np.random.seed(62)
    line = np.cumsum(np.random.randn(40, 2).astype(np.float32) * 25.0, axis=0)
    return Generaliser(), (Tensor(line),)
