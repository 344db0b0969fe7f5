# case: ms.jit function counting stitch peaks in a batch of seam profiles with shifted comparisons and returning the count as a tensor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

PEAK_LEVEL = 0.6


@ms.jit
def count_stitches(profiles):
    mid = profiles[:, 1:-1]
    left = mid > profiles[:, :-2]
    right = mid >= profiles[:, 2:]
    high = mid > PEAK_LEVEL
    peaks = ops.logical_and(ops.logical_and(left, right), high)
    counts = peaks.astype(ms.int32).sum(axis=1)
    pitch = profiles.shape[1] / (counts.astype(ms.float32) + 1.0)
    return counts, pitch


def make():
    np.random.seed(42)
    t = np.linspace(0, 8 * np.pi, 64)
    profiles = 0.5 + 0.5 * np.sin(t)[None, :] + 0.05 * np.random.rand(3, 64)
    return count_stitches, (Tensor(profiles.astype(np.float32)),)
