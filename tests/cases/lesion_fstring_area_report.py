# case: prints an f-string report of the lesion area tensor inside construct -> graph mode error or print at compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AreaReporter(nn.Cell):
    def __init__(self, spacing=(0.7, 0.7), verbose=True):
        super().__init__()
        self.px = spacing[0] * spacing[1]
        self.verbose = verbose

    def construct(self, probs):
        mask = (probs > 0.5).astype(ms.float32)
        area_mm2 = mask.sum(axis=(1, 2, 3)) * self.px
        if self.verbose:
            print(f"lesion area per image (mm^2): {area_mm2}")
        return area_mm2


def make():
    np.random.seed(10)
    p = np.random.rand(3, 1, 10, 10).astype(np.float32)
    return AreaReporter(), (Tensor(p),)
