# case: Euler scheduler kept as an @ms.jit_class object whose step_index is advanced inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EulerScheduler:
    def __init__(self, num_steps=10, sigma_max=10.0, sigma_min=0.1):
        sig = np.exp(np.linspace(np.log(sigma_max), np.log(sigma_min), num_steps)).astype(np.float32)
        self.sigmas = Tensor(np.append(sig, 0.0).astype(np.float32))
        self.step_index = 0

    def step(self, eps, x):
        sigma = self.sigmas[self.step_index]
        sigma_next = self.sigmas[self.step_index + 1]
        self.step_index = self.step_index + 1
        return x + (sigma_next - sigma) * eps


class EulerSampler(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.denoiser = nn.Dense(dim, dim)
        self.scheduler = EulerScheduler()

    def construct(self, x):
        eps = self.denoiser(x)
        x = self.scheduler.step(eps, x)
        eps = self.denoiser(x)
        return self.scheduler.step(eps, x)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return EulerSampler(), (x,)
