# case: Kovats retention index for a batch of unknowns in an @ms.jit function: searchsorted on the alkane ladder, gather the bracketing alkanes, log-linear interpolation -> fixed-shape tensor ops, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def kovats_index(unknown_rt, alkane_rt, alkane_carbons):
    n = alkane_rt.shape[0]
    hi = ops.searchsorted(alkane_rt, unknown_rt)
    hi = ops.clamp(hi, 1, n - 1)
    lo = hi - 1
    t_lo = ops.gather(alkane_rt, lo, 0)
    t_hi = ops.gather(alkane_rt, hi, 0)
    c_lo = ops.gather(alkane_carbons, lo, 0)
    frac = (ops.log(unknown_rt) - ops.log(t_lo)) / (ops.log(t_hi) - ops.log(t_lo))
    return 100.0 * (c_lo + frac)


def make():
    np.random.seed(182)
    alk = np.cumsum(np.random.rand(13) * 2 + 1.5).astype(np.float32)
    unk = np.random.uniform(alk[0] + 0.1, alk[-1] - 0.1, size=9).astype(np.float32)
    carbons = np.arange(8, 21).astype(np.float32)
    return kovats_index, (Tensor(unk), Tensor(alk), Tensor(carbons))
