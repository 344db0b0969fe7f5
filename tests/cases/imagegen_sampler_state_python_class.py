# case: Euler sampler step wraps tensors in a plain Python SamplerState object created, mutated and read inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerState:
    def __init__(self, sample, sigma):
        self.sample = sample
        self.sigma = sigma
        self.derivative = None

    def advance(self, sigma_next):
        dt = sigma_next - self.sigma
        self.sample = self.sample + self.derivative * dt
        self.sigma = sigma_next


class EulerStep(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.eps_model = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def _denoise(self, x, sigma):
        c_in = 1.0 / ops.sqrt(sigma * sigma + 1.0)
        return self.eps_model(x * c_in)

    def construct(self, latents, sigma, sigma_next):
        state = SamplerState(latents, sigma)
        eps = self._denoise(state.sample, state.sigma)
        state.derivative = eps
        state.advance(sigma_next)
        return state.sample


def make():
    np.random.seed(10)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return EulerStep(), (latents, Tensor(np.array(2.0, np.float32)), Tensor(np.array(1.5, np.float32)))
