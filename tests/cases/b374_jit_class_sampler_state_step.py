# case: video diffusion sampler keeps a @ms.jit_class SamplerState on the cell and increments state.step inside construct on every denoising call -> jit_class attribute mutated in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SamplerState:
    def __init__(self, num_train_timesteps=1000):
        self.step = 0
        self.num_train_timesteps = num_train_timesteps


class SamplerConfig:
    def __init__(self, latent_channels=4, num_train_timesteps=1000, eta=0.0):
        self.latent_channels = latent_channels
        self.num_train_timesteps = num_train_timesteps
        self.eta = eta


class DenoiseStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.state = SamplerState(config.num_train_timesteps)
        self.eta = config.eta
        self.eps_model = nn.Conv3d(config.latent_channels, config.latent_channels, 3, pad_mode="same")

    def construct(self, latents, alpha_t, alpha_prev):
        eps = self.eps_model(latents)
        x0 = (latents - ops.sqrt(1 - alpha_t) * eps) / ops.sqrt(alpha_t)
        self.state.step = self.state.step + 1
        return ops.sqrt(alpha_prev) * x0 + ops.sqrt(1 - alpha_prev) * eps


def make():
    np.random.seed(37431)
    z = Tensor(np.random.randn(1, 4, 4, 8, 8).astype(np.float32))
    return DenoiseStep(SamplerConfig()), (z, Tensor(0.5, ms.float32), Tensor(0.7, ms.float32))
