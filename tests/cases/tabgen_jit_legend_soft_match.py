# case: a jit function matches a series colour to legend swatches with a softmin over colour distances and returns the weighted legend box -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def soft_match_legend(swatch_rgb, boxes, series_rgb, temperature):
    dist = ops.abs(swatch_rgb - series_rgb.reshape(1, 3)).sum(axis=1)
    weights = ops.softmax(-dist / temperature, axis=0)
    box = (boxes * weights.reshape(-1, 1)).sum(axis=0)
    best = ops.argmax(weights, dim=0)
    return box, best, weights.max()


def make():
    np.random.seed(35)
    swatches = np.random.rand(6, 3).astype(np.float32)
    series = swatches[2] + 0.01
    boxes = (np.random.rand(6, 4) * 100).astype(np.float32)
    return soft_match_legend, (Tensor(swatches), Tensor(boxes), Tensor(series), 0.05)
