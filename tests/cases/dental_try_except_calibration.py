# case: wrap the pixel-spacing calibration in try/except ZeroDivisionError inside construct -> try statement unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RootLengthMM(nn.Cell):
    def __init__(self, ruler_mm=10.0):
        super().__init__()
        self.ruler_mm = ruler_mm

    def construct(self, apex, cej, ruler_px):
        length_px = ops.sqrt(((apex - cej) ** 2).sum(axis=-1))
        try:
            mm_per_px = self.ruler_mm / ruler_px
        except ZeroDivisionError:
            mm_per_px = 0.1
        return length_px * mm_per_px


def make():
    np.random.seed(24)
    apex = np.random.rand(10, 2).astype(np.float32) * 200
    cej = apex + np.random.rand(10, 2).astype(np.float32) * 50
    return RootLengthMM(), (Tensor(apex), Tensor(cej), Tensor(85.0, ms.float32))
