# case: @ms.jit function reflecting rays off a ground plane with where-guarded intersection distance -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def plane_hit(origins, dirs, normal, offset, eps):
    denom = (dirs * normal).sum(-1)
    t = (offset - (origins * normal).sum(-1)) / ops.where(ops.abs(denom) > eps, denom, ops.full_like(denom, eps))
    valid = ops.logical_and(ops.abs(denom) > eps, t > eps)
    return t, valid


@ms.jit
def reflect_off_ground(origins, dirs, normal, offset):
    t, valid = plane_hit(origins, dirs, normal, offset, 1e-5)
    hit_p = origins + ops.expand_dims(t, -1) * dirs
    refl = dirs - 2.0 * ops.expand_dims((dirs * normal).sum(-1), -1) * normal
    new_o = ops.where(ops.expand_dims(valid, -1), hit_p, origins)
    new_d = ops.where(ops.expand_dims(valid, -1), refl, dirs)
    return new_o, new_d, valid.astype(ms.float32).sum()


def make():
    np.random.seed(18)
    n = 16
    o = np.random.randn(n, 3).astype(np.float32)
    o[:, 1] = 1.0
    d = np.random.randn(n, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    normal = Tensor(np.array([0.0, 1.0, 0.0], np.float32))
    return reflect_off_ground, (Tensor(o), Tensor(d), normal, Tensor(0.0, ms.float32))
