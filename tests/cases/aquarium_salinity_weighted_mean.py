# case: average salinity over healthy probes by weighting with the status mask and clipping to the plausible range -> mask multiplication and where, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def conductivity_to_psu(ec_ms_cm, temp_c):
    ec25 = ec_ms_cm / (1.0 + 0.0191 * (temp_c - 25.0))
    return 0.64 * ec25 - 0.2


class SalinityMonitor(nn.Cell):
    def __init__(self, target_psu=35.0, lo=28.0, hi=40.0):
        super().__init__()
        self.target = target_psu
        self.lo = lo
        self.hi = hi

    def construct(self, ec_ms_cm, temp_c, probe_ok):
        psu = ops.clip_by_value(conductivity_to_psu(ec_ms_cm, temp_c), self.lo, self.hi)
        w = probe_ok.astype(ms.float32)
        mean_psu = (psu * w).sum() / ops.maximum(w.sum(), Tensor(1.0, ms.float32))
        dev = ops.where(probe_ok, psu - self.target, ops.zeros_like(psu))
        return mean_psu, dev


def make():
    np.random.seed(132)
    ec = Tensor(np.random.uniform(52.0, 57.0, size=(20,)).astype(np.float32))
    temp = Tensor(np.random.uniform(24.0, 26.0, size=(20,)).astype(np.float32))
    ok = Tensor(np.random.rand(20) > 0.2)
    return SalinityMonitor(), (ec, temp, ok)
