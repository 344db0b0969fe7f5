# case: die-cut nester orders blanks largest-first with ops.sort on the padded areas and gathers them, all in tensor ops -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensorBlankOrder(nn.Cell):
    def __init__(self, bleed_mm=2.0, rotate_tall=True):
        super().__init__()
        self.bleed = bleed_mm
        self.rotate_tall = rotate_tall

    def areas(self, sizes):
        padded = sizes + 2.0 * self.bleed
        return padded[:, 0] * padded[:, 1]

    def construct(self, sizes):
        if self.rotate_tall:
            w = ops.maximum(sizes[:, 0], sizes[:, 1])
            h = ops.minimum(sizes[:, 0], sizes[:, 1])
            sizes = ops.stack([w, h], axis=1)
        area = self.areas(sizes)
        _, order = ops.sort(area, descending=True)
        return ops.gather(sizes, order, 0), area


def make():
    np.random.seed(35)
    sizes = np.random.uniform(40, 200, (9, 2)).astype(np.float32)
    return TensorBlankOrder(), (Tensor(sizes),)
