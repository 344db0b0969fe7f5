# case: jit-compiled summary of a carbonation pressure log that reduces along the axis named by a layout tensor from the data logger -> reduce axis from tensor value
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def carbonation_summary(log_bar, time_axis):
    axis = int(time_axis)
    peak = log_bar.max(axis=axis)
    mean = log_bar.mean(axis=axis)
    return peak, peak - mean


def make():
    np.random.seed(171)
    log_bar = (3.5 + 0.2 * np.random.randn(6, 30)).astype(np.float32)
    return carbonation_summary, (Tensor(log_bar), Tensor(1, ms.int32))
