# case: line generalisation smooths vertices more strongly when the tensor line length exceeds a limit, both branches keep the vertex count -> tensor if with same shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def polyline_length(pts):
    d = pts[1:] - pts[:-1]
    return ops.sqrt((d * d).sum(-1)).sum()


def moving_average(pts, w):
    inner = (pts[:-2] + pts[1:-1] * w + pts[2:]) / (2.0 + w)
    return ops.concat([pts[:1], inner, pts[-1:]], 0)


class Generaliser(nn.Cell):
    def __init__(self, max_length=500.0):
        super().__init__()
        self.max_length = max_length

    def construct(self, line):
        if polyline_length(line) > self.max_length:
            out = moving_average(line, 1.0)
        else:
            out = moving_average(line, 4.0)
        return out, polyline_length(out)


def make():
    np.random.seed(63)
    line = np.cumsum(np.random.randn(40, 2).astype(np.float32) * 25.0, axis=0)
    return Generaliser(), (Tensor(line),)
