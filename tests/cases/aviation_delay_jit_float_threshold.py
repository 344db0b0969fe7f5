# case: jit-compiled delay classifier converts the mean predicted delay to a Python float and branches on it to pick the output bucket index -> float() on a tensor inside @ms.jit, rejected or handled by fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ON_TIME_MIN = 15.0


@ms.jit
def delay_bucket(delay_minutes, weights):
    expected = (delay_minutes * weights).sum() / weights.sum()
    mean_delay = float(expected)
    if mean_delay < ON_TIME_MIN:
        bucket = 0
    elif mean_delay < 60.0:
        bucket = 1
    else:
        bucket = 2
    return ops.one_hot(Tensor(bucket, ms.int32), 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


def make():
    np.random.seed(211)
    d = Tensor((80 * np.random.rand(10)).astype(np.float32))
    w = Tensor(np.random.rand(10).astype(np.float32))
    return delay_bucket, (d, w)
