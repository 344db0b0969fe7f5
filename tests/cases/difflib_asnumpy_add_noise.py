# case: DDPM add_noise() helper fetches alphas_cumprod[timesteps] and converts it with .asnumpy() to take np.sqrt before mixing noise into the clean latents -> NumPy on a runtime tensor inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseScheduleConfig:
    num_train_timesteps = 50
    beta_schedule = "scaled_linear"
    beta_start = 8.5e-4
    beta_end = 1.2e-2


def make_betas(cfg):
    if cfg.beta_schedule == "scaled_linear":
        return np.linspace(cfg.beta_start ** 0.5, cfg.beta_end ** 0.5, cfg.num_train_timesteps, dtype=np.float32) ** 2
    return np.linspace(cfg.beta_start, cfg.beta_end, cfg.num_train_timesteps, dtype=np.float32)


class DDPMNoiser(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.alphas_cumprod = Tensor(np.cumprod(1.0 - make_betas(config)).astype(np.float32))

    def _coeffs(self, timesteps):
        acp = self.alphas_cumprod[timesteps].asnumpy()
        sqrt_alpha = Tensor(np.sqrt(acp).reshape(-1, 1, 1, 1))
        sqrt_one_minus = Tensor(np.sqrt(1.0 - acp).reshape(-1, 1, 1, 1))
        return sqrt_alpha, sqrt_one_minus

    def construct(self, original_samples, noise, timesteps):
        sqrt_alpha, sqrt_one_minus = self._coeffs(timesteps)
        return sqrt_alpha * original_samples + sqrt_one_minus * noise


def make():
    np.random.seed(19)
    x0 = Tensor(np.random.randn(3, 4, 8, 8).astype(np.float32))
    noise = Tensor(np.random.randn(3, 4, 8, 8).astype(np.float32))
    t = Tensor(np.array([3, 17, 42], np.int32))
    return DDPMNoiser(NoiseScheduleConfig()), (x0, noise, t)
