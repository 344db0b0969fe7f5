# case: jit-compiled helper scores handstroke gaps longer than the nominal gap with ops.where and a count, keeping all gaps -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NOMINAL_GAP_S = 0.22


@ms.jit
def long_handstroke_gaps(strike_times):
    gaps = strike_times[1:] - strike_times[:-1]
    is_late = gaps > NOMINAL_GAP_S
    excess = ops.where(is_late, gaps - NOMINAL_GAP_S, ops.zeros_like(gaps))
    n_late = ops.maximum(is_late.astype(ms.float32).sum(), 1.0)
    return excess.sum() / n_late, excess


def make():
    np.random.seed(81)
    gaps = (0.2 + 0.05 * np.random.rand(23)).astype(np.float32)
    times = np.concatenate([[0.0], np.cumsum(gaps)]).astype(np.float32)
    return long_handstroke_gaps, (Tensor(times),)
