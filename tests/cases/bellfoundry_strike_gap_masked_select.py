# case: jit-compiled helper pulls out the handstroke gaps longer than the nominal gap with ops.masked_select and averages them -> masked_select has data-dependent output length, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NOMINAL_GAP_S = 0.22


@ms.jit
def long_handstroke_gaps(strike_times):
    gaps = strike_times[1:] - strike_times[:-1]
    late = ops.masked_select(gaps, gaps > NOMINAL_GAP_S)
    excess = late - NOMINAL_GAP_S
    return excess.mean(), late


def make():
    np.random.seed(81)
    gaps = (0.2 + 0.05 * np.random.rand(23)).astype(np.float32)
    times = np.concatenate([[0.0], np.cumsum(gaps)]).astype(np.float32)
    return long_handstroke_gaps, (Tensor(times),)
