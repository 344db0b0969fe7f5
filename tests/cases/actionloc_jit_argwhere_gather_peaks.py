# case: jit function locates local maxima of a start-probability curve with ops.argwhere and gathers them -> dynamic shape from argwhere
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def start_peaks(start_prob):
    left = ops.pad(start_prob[:-1], (1, 0), value=0.0)
    right = ops.pad(start_prob[1:], (0, 1), value=0.0)
    is_peak = ops.logical_and(start_prob > left, start_prob > right)
    is_peak = ops.logical_or(is_peak, start_prob > 0.9)
    peak_idx = ops.argwhere(is_peak).reshape(-1)
    peak_scores = ops.gather(start_prob, peak_idx, 0)
    return peak_idx, peak_scores


def make():
    np.random.seed(21)
    start_prob = Tensor(np.random.rand(20).astype(np.float32))
    return start_peaks, (start_prob,)
