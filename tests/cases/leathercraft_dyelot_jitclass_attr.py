# case: colour matching, delta-E computed by a @ms.jit_class helper built once in __init__ holding the CIE weights, only its method is called in construct -> jit_class used read-only, expected fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class WeightedDeltaE:
    def __init__(self, kl=2.0, kc=1.0):
        self.kl = kl
        self.kc = kc

    def __call__(self, lab, target):
        d = lab - target
        return ops.sqrt((d[:, 0] / self.kl) ** 2 + (d[:, 1] / self.kc) ** 2 + (d[:, 2] / self.kc) ** 2)


class ColourMatcher(nn.Cell):
    def __init__(self, tolerance=2.0):
        super().__init__()
        self.tolerance = tolerance
        self.metric = WeightedDeltaE(kl=2.0, kc=1.0)

    def construct(self, lab, target_lab):
        de = self.metric(lab, target_lab)
        return de, de < self.tolerance


def make():
    np.random.seed(3092)
    lab = Tensor((np.array([52.0, 18.0, 24.0]) + np.random.randn(12, 3)).astype(np.float32))
    target = Tensor(np.array([52.0, 18.0, 24.0], np.float32))
    return ColourMatcher(), (lab, target)
