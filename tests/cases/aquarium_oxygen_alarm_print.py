# case: dissolved-oxygen watchdog prints a constant label followed by the lowest saturation tensor, then computes the aeration boost -> plain print of a string and a tensor, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def saturation_mg_l(temp_c, salinity_psu):
    return 14.6 - 0.39 * temp_c + 0.007 * temp_c ** 2 - 0.05 * salinity_psu


class OxygenWatchdog(nn.Cell):
    def __init__(self, min_pct=80.0, boost_per_pct=0.02, verbose=True):
        super().__init__()
        self.min_pct = min_pct
        self.boost = boost_per_pct
        self.verbose = verbose

    def construct(self, do_mg_l, temp_c, salinity_psu):
        pct = 100.0 * do_mg_l / saturation_mg_l(temp_c, salinity_psu)
        if self.verbose:
            print("DO watchdog lowest saturation %:", pct.min())
        deficit = ops.relu(self.min_pct - pct)
        return pct, deficit * self.boost


def make():
    np.random.seed(212)
    do = Tensor(np.random.uniform(4.5, 7.5, size=(8,)).astype(np.float32))
    temp = Tensor(np.random.uniform(24.0, 27.0, size=(8,)).astype(np.float32))
    sal = Tensor(np.full((8,), 35.0, dtype=np.float32))
    return OxygenWatchdog(), (do, temp, sal)
