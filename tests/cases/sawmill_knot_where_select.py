# case: board surface scanner replaces non-knot pixels with zero using three-argument ops.where before pooling -> same shapes everywhere, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_darkness(rgb):
    gray = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
    return 1.0 - gray


class DarkKnotColour(nn.Cell):
    def __init__(self, dark_thresh=0.6):
        super().__init__()
        self.dark_thresh = dark_thresh
        self.pool = nn.MaxPool2d(kernel_size=4, stride=4)

    def construct(self, board_rgb):
        darkness = to_darkness(board_rgb)
        knot_only = ops.where(darkness > self.dark_thresh, darkness, ops.zeros_like(darkness))
        pooled = self.pool(knot_only.expand_dims(0).expand_dims(0))
        coverage = ops.select(knot_only > 0, ops.ones_like(knot_only), ops.zeros_like(knot_only)).mean()
        return pooled.squeeze(), coverage


def make():
    np.random.seed(3196)
    rgb = Tensor(np.random.rand(3, 24, 48).astype(np.float32))
    return DarkKnotColour(), (rgb,)
