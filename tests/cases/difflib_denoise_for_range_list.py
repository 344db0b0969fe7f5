# case: DDPM sampling loop runs for range(num_inference_steps) from the config, appending every intermediate sample to a list that is stacked at the end -> Python-int loop count, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, num_train_timesteps=20, num_inference_steps=4, return_intermediates=True):
        self.num_train_timesteps = num_train_timesteps
        self.num_inference_steps = num_inference_steps
        self.return_intermediates = return_intermediates


def make_timesteps(cfg):
    ratio = cfg.num_train_timesteps // cfg.num_inference_steps
    return [int(t) for t in (np.arange(cfg.num_inference_steps) * ratio)[::-1]]


class NoisePredictor(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same", has_bias=True)

    def construct(self, x, t):
        return self.conv(x) * (t / 20.0)


class DDPMSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        betas = np.linspace(1e-4, 0.02, config.num_train_timesteps, dtype=np.float32)
        self.alphas = Tensor(1.0 - betas)
        self.timesteps = make_timesteps(config)
        self.model = NoisePredictor()

    def construct(self, latents):
        intermediates = []
        for i in range(self.config.num_inference_steps):
            t = self.timesteps[i]
            eps = self.model(latents, t)
            alpha = self.alphas[t]
            latents = (latents - (1 - alpha) / ops.sqrt(1 - alpha + 1e-3) * eps) / ops.sqrt(alpha)
            if self.config.return_intermediates:
                intermediates.append(latents)
        if self.config.return_intermediates:
            return latents, ops.stack(intermediates)
        return latents


def make():
    np.random.seed(18)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return DDPMSampler(SamplerConfig()), (latents,)
