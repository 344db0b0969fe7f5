# case: @ms.jit DDIM sampling loop over a fixed Python tuple of alphas with CFG inside each step, all shapes from inputs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALPHAS = (0.2, 0.45, 0.7, 0.9)
GUIDANCE = 4.0

_rs = np.random.RandomState(28)
W_EPS = Tensor(_rs.randn(4, 4).astype(np.float32) * 0.1)


def predict_eps(x, cond):
    h = ops.matmul(x.transpose(0, 2, 3, 1), W_EPS).transpose(0, 3, 1, 2)
    return h + cond


def ddim_step(x, cond, a_t, a_prev):
    eps_u = predict_eps(x, ops.zeros_like(cond))
    eps_c = predict_eps(x, cond)
    eps = eps_u + GUIDANCE * (eps_c - eps_u)
    x0 = (x - (1 - a_t) ** 0.5 * eps) / a_t ** 0.5
    return a_prev ** 0.5 * x0 + (1 - a_prev) ** 0.5 * eps


@ms.jit
def ddim_sample(latents, cond):
    x = latents
    for i in range(len(ALPHAS) - 1):
        x = ddim_step(x, cond, ALPHAS[i], ALPHAS[i + 1])
    return ops.clamp(x, -3.0, 3.0)


def make():
    np.random.seed(28)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    cond = Tensor(np.random.randn(1, 4, 1, 1).astype(np.float32) * 0.1)
    return ddim_sample, (latents, cond)
