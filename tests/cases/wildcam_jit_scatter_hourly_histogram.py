# case: @ms.jit function builds an hourly activity histogram with one_hot and a sum over triggers -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NUM_HOURS = 24


def hour_onehot(hours):
    on = Tensor(1.0, ms.float32)
    off = Tensor(0.0, ms.float32)
    return ops.one_hot(hours, NUM_HOURS, on, off)


@ms.jit
def hourly_activity(trigger_hours, weights):
    hist = hour_onehot(trigger_hours).sum(axis=0)
    night = hist[:6].sum() + hist[20:].sum()
    return hist * weights, night / hist.sum()


def make():
    np.random.seed(18)
    trigger_hours = Tensor(np.random.randint(0, 24, size=15).astype(np.int32))
    weights = Tensor(np.ones(24, np.float32))
    return hourly_activity, (trigger_hours, weights)
