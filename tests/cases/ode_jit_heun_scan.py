# case: @ms.jit function rolling out Heun steps over a Python-int horizon with a time-dependent forcing, stacking the fixed-length trajectory -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def forcing(t, y, w):
    return ops.matmul(y, w) + ops.sin(t)


@ms.jit
def heun_rollout(y0, w, h):
    t = ops.zeros((), ms.float32)
    y = y0
    traj = []
    for _ in range(12):
        k1 = forcing(t, y, w)
        k2 = forcing(t + h, y + h * k1, w)
        y = y + 0.5 * h * (k1 + k2)
        t = t + h
        traj.append(y)
    return ops.stack(traj)


def make():
    np.random.seed(44)
    y0 = Tensor(np.random.randn(2, 3).astype(np.float32))
    w = Tensor((np.random.randn(3, 3) * 0.3 - np.eye(3)).astype(np.float32))
    return heun_rollout, (y0, w, Tensor(0.05, ms.float32))
