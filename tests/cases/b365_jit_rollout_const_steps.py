# case: ms.jit rollout of a semi-Lagrangian-like advection stencil over a module-level constant number of substeps, with a while loop on a Python counter and a kwargs-forwarded helper -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COURANT = 0.4
N_SUBSTEPS = 4
DIFFUSION = {"kappa": 0.05}


def shift(x, k, axis):
    """Periodic shift (like np.roll) built from narrow + concat."""
    axis = axis % x.ndim
    n = x.shape[axis]
    k = k % n
    if k == 0:
        return x
    return ops.concat((ops.narrow(x, axis, n - k, k), ops.narrow(x, axis, 0, n - k)), axis)


def upwind_step(q, c, kappa=0.0):
    adv = q - c * (q - shift(q, 1, -1))
    if kappa > 0.0:
        adv = adv + kappa * (shift(q, 1, -1) - 2.0 * q + shift(q, -1, -1))
    return adv


@ms.jit
def advect_rollout(q0, wind):
    q = q0
    c = COURANT * ops.tanh(wind)
    i = 0
    frames = []
    while i < N_SUBSTEPS:
        q = upwind_step(q, c, **DIFFUSION)
        frames.append(q.mean())
        i += 1
    return q, ops.stack(frames)


def make():
    np.random.seed(3689)
    lon = np.linspace(0, 2 * np.pi, 32, endpoint=False)
    q0 = Tensor(np.tile(np.exp(-((lon - np.pi) ** 2)), (4, 1)).astype(np.float32))
    wind = Tensor(np.random.rand(4, 1).astype(np.float32))
    return advect_rollout, (q0, wind)
