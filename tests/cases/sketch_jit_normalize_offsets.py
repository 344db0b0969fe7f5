# case: @ms.jit preprocessing function that standardises stroke-3 offsets by their std and clips outliers -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

CLIP = 10.0


def _offset_scale(xy, eps):
    return ops.sqrt((xy ** 2).mean()) + eps


@ms.jit
def normalize_strokes(strokes, eps=1e-6):
    xy = strokes[..., :2]
    pen = strokes[..., 2:]
    scale = _offset_scale(xy, eps)
    xy = ops.clamp(xy / scale, -CLIP, CLIP)
    return ops.concat((xy, pen), axis=-1), scale


def make():
    np.random.seed(34)
    s = np.random.randn(2, 7, 3).astype(np.float32) * 5.0
    s[..., 2] = (np.random.rand(2, 7) > 0.7).astype(np.float32)
    return normalize_strokes, (Tensor(s),)
