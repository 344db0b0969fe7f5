# case: DDPM sampling loop walks the timestep down from a tensor start with `while t >= 0` and appends every intermediate sample to a list it stacks at the end -> data-dependent loop count with a growing list, Graph mode fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, num_train_timesteps=20, stride=5, return_intermediates=True):
        self.num_train_timesteps = num_train_timesteps
        self.stride = stride
        self.return_intermediates = return_intermediates


class NoisePredictor(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same", has_bias=True)

    def construct(self, x, t):
        return self.conv(x) * (t.astype(ms.float32) / 20.0)


class DDPMSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        betas = np.linspace(1e-4, 0.02, config.num_train_timesteps, dtype=np.float32)
        self.alphas = Tensor(1.0 - betas)
        self.model = NoisePredictor()

    def construct(self, latents, start_t):
        t = start_t
        intermediates = []
        while t >= 0:
            eps = self.model(latents, t)
            alpha = self.alphas[t]
            latents = (latents - (1 - alpha) / ops.sqrt(1 - alpha + 1e-3) * eps) / ops.sqrt(alpha)
            if self.config.return_intermediates:
                intermediates.append(latents)
            t = t - self.config.stride
        if self.config.return_intermediates:
            return latents, ops.stack(intermediates)
        return latents


def make():
    np.random.seed(17)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return DDPMSampler(SamplerConfig()), (latents, Tensor(19, ms.int32))
