# case: @ms.jit function loops range(int(n_frames)) with n_frames a tensor of recorded entrance frames, summing frame differences -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MOTION_SCALE = 10.0


def frame_activity(prev, cur):
    return ops.abs(cur - prev).mean()


@ms.jit
def entrance_activity(video, n_frames):
    """Total motion over the frames actually recorded during one inspection."""
    total = ops.zeros((), ms.float32)
    for t in range(1, int(n_frames)):
        total = total + frame_activity(video[t - 1], video[t])
    return total * MOTION_SCALE


def make():
    np.random.seed(36)
    video = np.random.rand(10, 6, 6).astype(np.float32)
    return entrance_activity, (Tensor(video), Tensor(7, ms.int32))
