# case: @ms.jit crop helper counts points inside a radius with int(mask.sum()) and slices the distance ordering to that count -> error or dynamic (slice length from tensor value)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

RADIUS = 0.35


def sqdist_to(xyz, center):
    return ((xyz - center) ** 2).sum(-1)


@ms.jit
def crop_sphere(xyz, center):
    d = sqdist_to(xyz, center)
    inside = d < RADIUS * RADIUS
    count = int(inside.astype(ms.int32).sum())
    order = ops.sort(d)[1]
    keep = order[:count]
    return ops.gather(xyz, keep, 0)


def make():
    np.random.seed(3508)
    xyz = Tensor(np.random.rand(64, 3).astype(np.float32))
    center = Tensor(np.array([0.5, 0.5, 0.5], np.float32))
    return crop_sphere, (xyz, center)
