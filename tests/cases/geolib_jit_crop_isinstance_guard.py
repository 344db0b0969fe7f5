# case: @ms.jit center-crop helper for patch sampling that would call .item() when the crop size is a tensor, but callers pass a Python int so that branch is skipped -> hazard unreachable, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CROP = 12


def _as_int(size):
    if isinstance(size, Tensor):
        return size.item()
    return size


@ms.jit
def center_crop(tile, size=CROP):
    s = _as_int(size)
    h, w = tile.shape[-2:]
    top = (h - s) // 2
    left = (w - s) // 2
    crop = tile[..., top:top + s, left:left + s]
    return crop, crop.mean(axis=(-2, -1))


def make():
    np.random.seed(3410)
    tile = Tensor(np.random.rand(2, 4, 20, 20).astype(np.float32))
    return center_crop, (tile,)
