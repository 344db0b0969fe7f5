# case: board surface scanner collects the colour values of pixels above a darkness threshold via boolean indexing -> data-dependent shape, expect dynamic or error
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

    def construct(self, board_rgb):
        darkness = to_darkness(board_rgb)
        flat = darkness.reshape(-1)
        knot_pixels = flat[flat > self.dark_thresh]
        spread = knot_pixels.max() - knot_pixels.min()
        return knot_pixels.mean(), spread


def make():
    np.random.seed(3195)
    rgb = Tensor(np.random.rand(3, 24, 48).astype(np.float32))
    return DarkKnotColour(), (rgb,)
