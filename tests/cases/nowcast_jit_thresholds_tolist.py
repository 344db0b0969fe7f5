# case: jit function that converts per-lead max rain to a Python list with tolist() to pick warning levels -> host round trip in jit, error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

WARNING_LEVELS = (10.0, 30.0, 50.0)


@ms.jit
def warning_levels(forecast):
    # forecast: (T, H, W) rain rate in mm/h
    peaks = forecast.max(axis=(1, 2)).tolist()
    levels = []
    for p in peaks:
        lvl = 0
        for thr in WARNING_LEVELS:
            if p >= thr:
                lvl += 1
        levels.append(lvl)
    return Tensor(levels, ms.int32)


def make():
    np.random.seed(19)
    fc = Tensor(np.random.exponential(12.0, (4, 8, 8)).astype(np.float32))
    return warning_levels, (fc,)
