# case: jitted lure-training summary gathers the first k passes, k taken from the session's pass count tensor via int() and ops.arange -> gather indices length from data, dynamic/error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def lure_summary(pass_speeds, n_passes):
    k = int(n_passes)
    idx = ops.arange(0, k, dtype=ms.int32)
    used = ops.gather(pass_speeds, idx, 0)
    return used.mean(), used.max()


def make():
    np.random.seed(3202)
    speeds = np.random.uniform(15, 25, 20).astype(np.float32)
    return lure_summary, (Tensor(speeds), Tensor(np.array(12, dtype=np.int32)))
