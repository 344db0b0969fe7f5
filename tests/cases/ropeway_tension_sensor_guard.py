# case: rope tension load-cell calibration wrapped in try/except inside an @ms.jit function to fall back to raw counts -> try statement in graph, Graph mode likely error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COUNTS_PER_KN = 412.0
ZERO_OFFSET = 1830.0


@ms.jit
def calibrate_load_cells(raw_counts, gain_trim):
    try:
        kn = (raw_counts - ZERO_OFFSET) / (COUNTS_PER_KN * gain_trim)
    except ZeroDivisionError:
        kn = raw_counts / COUNTS_PER_KN
    spread = kn.max(axis=1) - kn.min(axis=1)
    return kn.mean(axis=1), spread


def make():
    np.random.seed(44)
    raw = (ZERO_OFFSET + COUNTS_PER_KN * (140 + 5 * np.random.randn(4, 50))).astype(np.float32)
    trim = np.array([1.0, 0.98, 1.02, 1.01], dtype=np.float32).reshape(4, 1)
    return calibrate_load_cells, (Tensor(raw), Tensor(trim))
