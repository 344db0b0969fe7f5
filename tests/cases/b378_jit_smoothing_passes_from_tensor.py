# case: jitted posterior smoother runs a 3-tap moving average as many times as the n_passes tensor says, looping over range(int(n_passes)) -> loop count from tensor data, expected to be rejected or unrolled badly
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

KERNEL = 3


def _moving_average(x, k=KERNEL):
    # x: (T, C) posteriors; average along time with edge padding
    pad = k // 2
    xp = ops.concat((x[:1].tile((pad, 1)), x, x[-1:].tile((pad, 1))), axis=0)
    return sum(xp[i:i + x.shape[0]] for i in range(k)) / k


@ms.jit
def smooth_posteriors(frame_probs, n_passes):
    out = frame_probs
    for _ in range(int(n_passes)):
        out = _moving_average(out)
    return out


def make():
    np.random.seed(3808)
    probs = Tensor(np.random.rand(40, 5).astype(np.float32))
    n_passes = Tensor(3, ms.int32)
    return smooth_posteriors, (probs, n_passes)
