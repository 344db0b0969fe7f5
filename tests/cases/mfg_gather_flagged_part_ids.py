# case: gather the serial numbers of out-of-tolerance parts using indices from nonzero in a helper method -> gather with a data-dependent number of indices
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToleranceChecker(nn.Cell):
    def __init__(self, nominal_mm=25.0, tol_mm=0.05):
        super().__init__()
        self.nominal = nominal_mm
        self.tol = tol_mm

    def out_of_tol_index(self, diam):
        bad = ops.abs(diam - self.nominal) > self.tol
        return ops.nonzero(bad).squeeze(-1)

    def construct(self, diam, serials):
        idx = self.out_of_tol_index(diam)
        bad_serials = ops.gather(serials, idx, 0)
        bad_diam = ops.gather(diam, idx, 0)
        return bad_serials, bad_diam


def make():
    np.random.seed(31)
    diam = Tensor((25.0 + np.random.randn(14) * 0.05).astype(np.float32))
    serials = Tensor(np.arange(1000, 1014).astype(np.int32))
    return ToleranceChecker(), (diam, serials)
