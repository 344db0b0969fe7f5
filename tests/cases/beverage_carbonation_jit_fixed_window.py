# case: jit-compiled summary of a carbonation pressure log over the fixed settling window (samples 10..40) along the time axis -> constant slice and axis, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

SETTLE_START = 10
SETTLE_END = 40
TIME_AXIS = 1


@ms.jit
def carbonation_summary(log_bar):
    window = log_bar[:, SETTLE_START:SETTLE_END]
    peak = window.max(axis=TIME_AXIS)
    mean = window.mean(axis=TIME_AXIS)
    drift = window[:, -1] - window[:, 0]
    return peak, peak - mean, drift


def make():
    np.random.seed(172)
    log_bar = (3.5 + 0.2 * np.random.randn(6, 50)).astype(np.float32)
    return carbonation_summary, (Tensor(log_bar),)
