# case: ms.jit rollout function advancing a linear advection stencil for a number of steps given as a tensor argument, used in range() -> loop count from tensor value (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COURANT = 0.4


def shift(x, k, axis):
    """Periodic shift (like np.roll) built from narrow + concat."""
    axis = axis % x.ndim
    n = x.shape[axis]
    k = k % n
    if k == 0:
        return x
    return ops.concat((ops.narrow(x, axis, n - k, k), ops.narrow(x, axis, 0, n - k)), axis)


def upwind_step(q, c):
    return q - c * (q - shift(q, 1, -1))


@ms.jit
def advect_rollout(q0, n_steps, wind_sign):
    q = q0
    c = COURANT * wind_sign
    frames = []
    for _ in range(n_steps):
        q = upwind_step(q, c)
        frames.append(q)
    return q, ops.stack(frames)


def make():
    np.random.seed(3688)
    lon = np.linspace(0, 2 * np.pi, 32, endpoint=False)
    q0 = Tensor(np.tile(np.exp(-((lon - np.pi) ** 2)), (4, 1)).astype(np.float32))
    n_steps = Tensor(np.array(5, np.int32))
    sign = Tensor(np.array(1.0, np.float32))
    return advect_rollout, (q0, n_steps, sign)
