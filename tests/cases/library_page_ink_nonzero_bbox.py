# case: find the text block bounding box on a scanned page from ops.nonzero of the inked pixels -> nonzero output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TextBlockBox(nn.Cell):
    def __init__(self, ink_level=0.35):
        super().__init__()
        self.ink_level = ink_level

    def construct(self, gray_page):
        ink = gray_page < self.ink_level
        coords = ops.nonzero(ink)             # (n_ink, 2)
        rows = coords[:, 0]
        cols = coords[:, 1]
        top, bottom = rows.min(), rows.max()
        left, right = cols.min(), cols.max()
        return ops.stack([top, left, bottom, right])


def make():
    np.random.seed(43)
    page = np.ones((80, 60), np.float32)
    page[10:70, 8:50] = np.random.rand(60, 42).astype(np.float32)
    return TextBlockBox(), (Tensor(page),)
