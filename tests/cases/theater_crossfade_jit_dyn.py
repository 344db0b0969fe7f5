# case: @ms.jit crossfade function steps while the blended look still differs from the target by more than a tolerance, collecting frames in a list -> while on tensor values with list growth, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def crossfade_until(look_a, look_b, rate):
    frames = []
    cur = look_a
    while ops.abs(cur - look_b).max() > 0.05:
        cur = cur + (look_b - cur) * rate
        frames.append(cur)
    return ops.stack(frames)


def make():
    np.random.seed(212)
    a = Tensor(np.random.rand(24).astype(np.float32))
    b = Tensor(np.random.rand(24).astype(np.float32))
    rate = Tensor(np.array(0.3, dtype=np.float32))
    return crossfade_until, (a, b, rate)
