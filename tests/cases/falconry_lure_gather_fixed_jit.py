# case: jitted lure-training summary gathers a fixed warm-up set of passes given by a module constant -> constant gather indices, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WARMUP_PASSES = 6


@ms.jit
def lure_summary(pass_speeds):
    idx = ops.arange(0, WARMUP_PASSES, dtype=ms.int32)
    warm = ops.gather(pass_speeds, idx, 0)
    rest = pass_speeds[WARMUP_PASSES:]
    return warm.mean(), rest.mean(), rest.max() - warm.max()


def make():
    np.random.seed(3203)
    speeds = np.random.uniform(15, 25, 20).astype(np.float32)
    return lure_summary, (Tensor(speeds),)
