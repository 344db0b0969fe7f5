# case: Euler scheduler truncates its Karras sigma table to num_inference_steps read from the config and scales latents by sample.shape -> Python-int slice bounds, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EulerConfig:
    def __init__(self, sigma_min=0.03, sigma_max=14.6, rho=7.0, max_steps=50, num_inference_steps=20,
                 use_karras_sigmas=True, timestep_spacing="leading"):
        self.sigma_min = sigma_min
        self.sigma_max = sigma_max
        self.rho = rho
        self.max_steps = max_steps
        self.num_inference_steps = num_inference_steps
        self.use_karras_sigmas = use_karras_sigmas
        self.timestep_spacing = timestep_spacing


def karras_sigmas(cfg):
    ramp = np.linspace(0, 1, cfg.max_steps, dtype=np.float32)
    min_inv, max_inv = cfg.sigma_min ** (1 / cfg.rho), cfg.sigma_max ** (1 / cfg.rho)
    return ((max_inv + ramp * (min_inv - max_inv)) ** cfg.rho).astype(np.float32)


class EulerDiscreteScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.sigma_table = Tensor(karras_sigmas(config))
        self.num_inference_steps = config.num_inference_steps

    def set_timesteps(self, num_inference_steps=None):
        n = self.num_inference_steps if num_inference_steps is None else num_inference_steps
        sigmas = self.sigma_table[:n]
        if self.config.timestep_spacing == "trailing":
            sigmas = sigmas[::-1]
        return ops.cat([sigmas, ops.zeros((1,), ms.float32)])

    def construct(self, latents):
        sigmas = self.set_timesteps()
        batch = latents.shape[0]
        init_noise_sigma = ops.sqrt(sigmas[0] ** 2 + 1)
        noise_level = ops.broadcast_to(sigmas[:1], (batch,))
        return latents * init_noise_sigma, noise_level


def make():
    np.random.seed(9)
    latents = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    return EulerDiscreteScheduler(EulerConfig()), (latents,)
