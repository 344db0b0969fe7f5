# case: @ms.jit function smooths a per-second excitement curve with a cumsum moving average of constant window and marks peaks with a fixed-size mask -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

WINDOW = 5


@ms.jit
def smooth_excitement(curve):
    csum = ops.cumsum(curve, axis=0)
    padded = ops.concat((ops.zeros((WINDOW,), curve.dtype), csum))
    smooth = (padded[WINDOW:] - padded[:-WINDOW]) / WINDOW
    left = ops.concat((smooth[:1], smooth[:-1]))
    right = ops.concat((smooth[1:], smooth[-1:]))
    is_peak = ops.logical_and(smooth >= left, smooth >= right)
    return smooth, is_peak.astype(ms.float32) * smooth


def make():
    np.random.seed(117)
    curve = Tensor(np.random.rand(30).astype(np.float32))
    return smooth_excitement, (curve,)
