# case: a jit function finds legend swatches whose colour matches a series colour with argwhere and gathers their boxes -> data-dependent argwhere size, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def match_legend(swatch_rgb, boxes, series_rgb, tol):
    dist = ops.abs(swatch_rgb - series_rgb.reshape(1, 3)).sum(axis=1)
    hits = ops.argwhere(dist < tol).squeeze(-1)
    matched = ops.gather(boxes, hits, 0)
    return matched, hits


def make():
    np.random.seed(32)
    swatches = np.random.rand(6, 3).astype(np.float32)
    series = swatches[2] + 0.01
    boxes = (np.random.rand(6, 4) * 100).astype(np.float32)
    return match_legend, (Tensor(swatches), Tensor(boxes), Tensor(series), 0.1)
