# case: @ms.jit diffusion helper uses math.sqrt / np.pi on Python constants from module level and config, only tensors go through ops; expect static at both levels
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NUM_STEPS = 10
SIGMA_MAX = 8.0


def karras_sigma(i, n=NUM_STEPS, sigma_max=SIGMA_MAX, rho=7.0):
    return (sigma_max ** (1 / rho) * (1 - i / n)) ** rho + 1e-3


@ms.jit
def euler_sampler(x, eps_scale):
    scale = math.sqrt(2.0 / np.pi)
    for i in range(NUM_STEPS):
        sigma = karras_sigma(i)
        sigma_next = karras_sigma(i + 1)
        d = (x - ops.tanh(x) * scale) / sigma
        x = x + (sigma_next - sigma) * d * eps_scale
    return x


def make():
    x = Tensor(np.random.randn(2, 6).astype(np.float32) * SIGMA_MAX)
    return euler_sampler, (x, Tensor(1.0, ms.float32))
