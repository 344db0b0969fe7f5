# case: @ms.jit function builds an hourly activity histogram by calling .tolist() on trigger hours and counting in Python -> error or fallback: host conversion of tensor data
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def hourly_activity(trigger_hours, weights):
    hours = trigger_hours.tolist()
    hist = [0.0] * 24
    for h in hours:
        hist[h] = hist[h] + 1.0
    hist_t = Tensor(hist, ms.float32)
    return hist_t * weights


def make():
    np.random.seed(18)
    trigger_hours = Tensor(np.random.randint(0, 24, size=15).astype(np.int32))
    weights = Tensor(np.ones(24, np.float32))
    return hourly_activity, (trigger_hours, weights)
