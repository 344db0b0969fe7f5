# case: ms.jit function computing time-domain HRV features (mean RR, SDNN, RMSSD, pNN50) from a fixed-length RR tensor with tensor ops only -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def hrv_time_domain(rr_ms):
    mean_rr = rr_ms.mean()
    sdnn = ops.sqrt(((rr_ms - mean_rr) ** 2).mean())
    diff = rr_ms[1:] - rr_ms[:-1]
    rmssd = ops.sqrt((diff ** 2).mean())
    pnn50 = (ops.abs(diff) > 50.0).astype(ms.float32).mean() * 100.0
    hr = 60000.0 / mean_rr
    return ops.stack([mean_rr, sdnn, rmssd, pnn50, hr])


def make():
    np.random.seed(32)
    rr = np.random.normal(800.0, 40.0, size=20).astype(np.float32)
    return hrv_time_domain, (Tensor(rr),)
