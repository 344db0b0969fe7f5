# case: @ms.jit function computing an NDWI water mask, per-image water fraction and shoreline edges with fixed-size ops -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

GREEN, NIR = 1, 3
WATER_THRESH = 0.0


def ndwi(scene):
    g = scene[:, GREEN]
    n = scene[:, NIR]
    return (g - n) / (g + n + 1e-6)


@ms.jit
def water_summary(scene):
    water = (ndwi(scene) > WATER_THRESH).astype(ms.float32)
    frac = water.mean(axis=(1, 2))
    dy = ops.abs(water[:, 1:, :] - water[:, :-1, :])
    dx = ops.abs(water[:, :, 1:] - water[:, :, :-1])
    edges = ops.pad(dy, (0, 0, 0, 1)) + ops.pad(dx, (0, 1, 0, 0))
    shoreline = ops.clamp(edges, 0.0, 1.0)
    return water, frac, shoreline


def make():
    np.random.seed(45)
    scene = Tensor(np.random.rand(2, 4, 8, 8).astype(np.float32))
    return water_summary, (scene,)
