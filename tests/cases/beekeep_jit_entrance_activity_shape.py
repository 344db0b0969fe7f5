# case: @ms.jit function computes entrance motion from frame differences using shifted slices sized by video.shape -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MOTION_SCALE = 10.0


@ms.jit
def entrance_activity(video, valid):
    """Motion per frame pair, masked by a per-frame validity flag (0/1) from the camera."""
    n = video.shape[0]
    diffs = ops.abs(video[1:n] - video[0:n - 1]).mean(axis=(1, 2))
    pair_valid = valid[1:] * valid[:-1]
    total = (diffs * pair_valid).sum()
    return total * MOTION_SCALE, diffs


def make():
    np.random.seed(37)
    video = np.random.rand(10, 6, 6).astype(np.float32)
    valid = np.array([1, 1, 1, 1, 1, 1, 1, 0, 0, 0], dtype=np.float32)
    return entrance_activity, (Tensor(video), Tensor(valid))
