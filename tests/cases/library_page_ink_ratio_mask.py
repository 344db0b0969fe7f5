# case: estimate per-page ink coverage and margin noise by multiplying the page with float masks for ink and margin regions -> static, no data-dependent shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def margin_mask(h, w, margin):
    m = np.ones((h, w), np.float32)
    m[margin:h - margin, margin:w - margin] = 0.0
    return Tensor(m)


class InkCoverage(nn.Cell):
    def __init__(self, height=80, width=60, margin=6, ink_level=0.35):
        super().__init__()
        self.ink_level = ink_level
        self.margin = margin_mask(height, width, margin)

    def construct(self, gray_pages):
        ink = (gray_pages < self.ink_level).astype(ms.float32)
        coverage = ink.mean(axis=(1, 2))
        margin_ink = (ink * self.margin).sum(axis=(1, 2)) / self.margin.sum()
        needs_rescan = ops.logical_or(coverage < 0.01, margin_ink > 0.2)
        return coverage, margin_ink, needs_rescan


def make():
    np.random.seed(44)
    pages = Tensor(np.random.rand(5, 80, 60).astype(np.float32))
    return InkCoverage(), (pages,)
