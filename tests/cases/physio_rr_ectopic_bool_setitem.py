# case: RR-interval cleaner overwrites ectopic intervals in place with boolean-mask item assignment (rr[ectopic] = median) before computing heart rate -> probably static (mask setitem lowered to select) but may be dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EctopicCorrection(nn.Cell):
    def __init__(self, low_ms=300.0, high_ms=2000.0, max_jump=0.2):
        super().__init__()
        self.low_ms = low_ms
        self.high_ms = high_ms
        self.max_jump = max_jump

    def ectopic_mask(self, rr, ref):
        out_of_range = ops.logical_or(rr < self.low_ms, rr > self.high_ms)
        jump = ops.abs(rr - ref) / ref > self.max_jump
        return ops.logical_or(out_of_range, jump)

    def construct(self, rr_ms):
        ref = ops.median(rr_ms)[0]
        bad = self.ectopic_mask(rr_ms, ref)
        rr = rr_ms.copy()
        rr[bad] = ref
        hr = 60000.0 / rr.mean()
        return hr, rr, bad.astype(ms.int32).sum()


def make():
    np.random.seed(18)
    rr = np.random.normal(820.0, 25.0, size=14)
    rr[[4, 9]] = [420.0, 1300.0]
    return EctopicCorrection(), (Tensor(rr.astype(np.float32)),)
