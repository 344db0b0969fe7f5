# case: DGA limit checker holds IEEE C57.104 gas limits in a dict of Python floats and looks them up by constant string keys in construct -> constant dict access, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

C57_104_LIMITS = {"H2": 100.0, "CH4": 120.0, "C2H6": 65.0, "C2H4": 50.0, "C2H2": 1.0, "CO": 350.0}
GAS_ORDER = ("H2", "CH4", "C2H6", "C2H4", "C2H2", "CO")


class GasLimitChecker(nn.Cell):
    def __init__(self, limits=None):
        super().__init__()
        self.limits = dict(limits or C57_104_LIMITS)
        self.order = GAS_ORDER

    def construct(self, ppm):
        ratios = []
        for i, gas in enumerate(self.order):
            ratios.append(ppm[:, i] / self.limits[gas])
        r = ops.stack(ratios, axis=1)
        return r, (r > 1.0).astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(201)
    ppm = Tensor((np.abs(np.random.randn(5, 6)) * 80).astype(np.float32))
    return GasLimitChecker(), (ppm,)
