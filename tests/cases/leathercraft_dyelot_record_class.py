# case: colour matching, wraps each measured dye lot in a small Python record object created inside construct and returns its delta-E -> plain Python class instantiated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DyeLotRecord:
    def __init__(self, lab, target):
        self.lab = lab
        self.target = target

    def delta_e(self):
        return ops.sqrt(((self.lab - self.target) ** 2).sum(-1))


class ColourMatcher(nn.Cell):
    def __init__(self, tolerance=2.0):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, lab, target_lab):
        rec = DyeLotRecord(lab, target_lab)
        de = rec.delta_e()
        return de, de < self.tolerance


def make():
    np.random.seed(3091)
    lab = Tensor((np.array([52.0, 18.0, 24.0]) + np.random.randn(12, 3)).astype(np.float32))
    target = Tensor(np.array([52.0, 18.0, 24.0], np.float32))
    return ColourMatcher(), (lab, target)
