# case: Euler scheduler helper truncates its precomputed Karras sigma table to num_inference_steps passed as a tensor -> slice bound from tensor data, Graph mode fails or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EulerConfig:
    def __init__(self, sigma_min=0.03, sigma_max=14.6, rho=7.0, max_steps=50, use_karras_sigmas=True):
        self.sigma_min = sigma_min
        self.sigma_max = sigma_max
        self.rho = rho
        self.max_steps = max_steps
        self.use_karras_sigmas = use_karras_sigmas


def karras_sigmas(cfg):
    ramp = np.linspace(0, 1, cfg.max_steps, dtype=np.float32)
    min_inv, max_inv = cfg.sigma_min ** (1 / cfg.rho), cfg.sigma_max ** (1 / cfg.rho)
    return ((max_inv + ramp * (min_inv - max_inv)) ** cfg.rho).astype(np.float32)


class EulerDiscreteScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        table = karras_sigmas(config) if config.use_karras_sigmas else np.linspace(config.sigma_max, config.sigma_min, config.max_steps, dtype=np.float32)
        self.sigma_table = Tensor(table)

    def set_timesteps(self, num_inference_steps):
        sigmas = self.sigma_table[:num_inference_steps]
        return ops.cat([sigmas, ops.zeros((1,), ms.float32)])

    def construct(self, latents, num_inference_steps):
        sigmas = self.set_timesteps(num_inference_steps)
        init_noise_sigma = ops.sqrt(sigmas.max() ** 2 + 1)
        return latents * init_noise_sigma, sigmas


def make():
    np.random.seed(8)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return EulerDiscreteScheduler(EulerConfig()), (latents, Tensor(20, ms.int32))
