# case: jit function averages the last n headways where n is the number of trams reported in the current window tensor -> slice start from tensor value, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gaps_from(departures):
    return departures[1:] - departures[:-1]


@ms.jit
def recent_headway(departures, n_recent):
    gaps = gaps_from(departures)
    n = gaps.shape[0]
    start = n - n_recent
    recent = gaps[start:]
    return recent.mean(), recent.std()


def make():
    np.random.seed(3096)
    d = np.cumsum(np.random.normal(300, 60, size=(30,))).astype(np.float32)
    return recent_headway, (Tensor(d), Tensor(np.int32(6)))
