# case: DGA limit checker builds a result dict keyed by gas name in construct, deletes the CO entry with del, and returns the remaining values -> dict mutation plus del in graph, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAS_ORDER = ("H2", "CH4", "C2H6", "C2H4", "C2H2", "CO")
LIMITS = (100.0, 120.0, 65.0, 50.0, 1.0, 350.0)


class GasLimitChecker(nn.Cell):
    def __init__(self, ignore_co=True):
        super().__init__()
        self.ignore_co = ignore_co

    def construct(self, ppm):
        result = {}
        for i in range(len(GAS_ORDER)):
            result[GAS_ORDER[i]] = ppm[:, i] / LIMITS[i]
        if self.ignore_co:
            del result["CO"]
        return ops.stack(list(result.values()), axis=1)


def make():
    np.random.seed(202)
    ppm = Tensor((np.abs(np.random.randn(5, 6)) * 80).astype(np.float32))
    return GasLimitChecker(), (ppm,)
