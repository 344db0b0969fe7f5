# case: jit function gathers the ranges of beams that hit an obstacle using argwhere indices and averages them -> argwhere output size data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_VALID = 0.1


def hit_indices(hit_flags):
    return ops.argwhere(hit_flags > 0).reshape(-1)


@ms.jit
def mean_hit_range(ranges, hit_flags):
    ranges = ops.where(ranges > MIN_VALID, ranges, ops.zeros_like(ranges))
    idx = hit_indices(hit_flags)
    hit_r = ops.gather(ranges, idx, 0)
    return hit_r.sum() / ops.maximum(hit_r.shape[0], 1)


def make():
    np.random.seed(31)
    r = np.random.uniform(0.2, 5.0, size=(40,)).astype(np.float32)
    flags = (np.random.rand(40) > 0.6).astype(np.int32)
    return mean_hit_range, (Tensor(r), Tensor(flags))
