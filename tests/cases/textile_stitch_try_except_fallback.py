# case: wrap the stitch-density division in try/except ZeroDivisionError with a fallback inside construct -> try/except is not supported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StitchDensity(nn.Cell):
    def __init__(self, seam_len_cm=10.0, level=0.5):
        super().__init__()
        self.seam_len_cm = seam_len_cm
        self.level = level

    def construct(self, profile):
        above = (profile > self.level).astype(ms.float32)
        rises = ops.relu(above[1:] - above[:-1]).sum()
        try:
            density = rises / self.seam_len_cm
        except ZeroDivisionError:
            density = ops.zeros((), ms.float32)
        return rises, density


def make():
    np.random.seed(13)
    t = np.linspace(0, 10 * np.pi, 80)
    profile = Tensor((0.5 + 0.5 * np.sin(t) + 0.02 * np.random.randn(80)).astype(np.float32))
    return StitchDensity(), (profile,)
