# case: jit-compiled stroke resampler linearly interpolates each padded stroke to a fixed number of points, using searchsorted over normalised arc length (indices are data, but the output size is a module constant) -> fixed-shape gathers, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_RESAMPLED = 16


def normalised_arclength(stroke):
    delta = stroke[:, 1:] - stroke[:, :-1]
    seg = ops.sqrt((delta * delta).sum(axis=-1) + 1e-12)
    cum = ops.cumsum(seg, axis=1)
    cum = ops.concat((ops.zeros_like(cum[:, :1]), cum), axis=1)
    return cum / cum[:, -1:]


@ms.jit
def resample_strokes(stroke):
    s = normalised_arclength(stroke)
    targets = ops.broadcast_to(ops.linspace(Tensor(0.0, ms.float32), Tensor(1.0, ms.float32), NUM_RESAMPLED),
                               (stroke.shape[0], NUM_RESAMPLED))
    hi = ops.clamp(ops.searchsorted(s, targets), 1, stroke.shape[1] - 1).astype(ms.int32)
    lo = hi - 1
    s_lo, s_hi = ops.gather_elements(s, 1, lo), ops.gather_elements(s, 1, hi)
    w = ((targets - s_lo) / (s_hi - s_lo + 1e-12)).expand_dims(-1)
    p_lo = ops.gather_elements(stroke, 1, ops.tile(lo.expand_dims(-1), (1, 1, 2)))
    p_hi = ops.gather_elements(stroke, 1, ops.tile(hi.expand_dims(-1), (1, 1, 2)))
    return p_lo + w * (p_hi - p_lo)


def make():
    np.random.seed(3738)
    stroke = Tensor(np.cumsum(np.random.rand(4, 25, 2), axis=1).astype(np.float32))
    return resample_strokes, (stroke,)
