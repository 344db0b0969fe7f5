# case: DDPM add_noise() whose sqrt(alphas_cumprod) tables are built with NumPy in __init__ and only gathered and reshaped by batch size in construct -> NumPy confined to __init__, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseScheduleConfig:
    num_train_timesteps = 50
    beta_schedule = "squaredcos_cap_v2"
    prediction_type = "epsilon"


def betas_for_alpha_bar(num_diffusion_timesteps, max_beta=0.999):
    def alpha_bar(t):
        return np.cos((t + 0.008) / 1.008 * np.pi / 2) ** 2
    betas = [min(1 - alpha_bar((i + 1) / num_diffusion_timesteps) / alpha_bar(i / num_diffusion_timesteps), max_beta)
             for i in range(num_diffusion_timesteps)]
    return np.array(betas, dtype=np.float32)


class DDPMNoiser(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.prediction_type = config.prediction_type
        acp = np.cumprod(1.0 - betas_for_alpha_bar(config.num_train_timesteps))
        self.sqrt_alphas_cumprod = Tensor(np.sqrt(acp).astype(np.float32))
        self.sqrt_one_minus_alphas_cumprod = Tensor(np.sqrt(1.0 - acp).astype(np.float32))

    def _expand(self, coeff, sample):
        return coeff.reshape((sample.shape[0],) + (1,) * (sample.ndim - 1))

    def construct(self, original_samples, noise, timesteps):
        sqrt_alpha = self._expand(ops.gather(self.sqrt_alphas_cumprod, timesteps, 0), original_samples)
        sqrt_one_minus = self._expand(ops.gather(self.sqrt_one_minus_alphas_cumprod, timesteps, 0), original_samples)
        noisy = sqrt_alpha * original_samples + sqrt_one_minus * noise
        if self.prediction_type == "v_prediction":
            target = sqrt_alpha * noise - sqrt_one_minus * original_samples
        else:
            target = noise
        return noisy, target


def make():
    np.random.seed(20)
    x0 = Tensor(np.random.randn(3, 4, 8, 8).astype(np.float32))
    noise = Tensor(np.random.randn(3, 4, 8, 8).astype(np.float32))
    t = Tensor(np.array([3, 17, 42], np.int32))
    return DDPMNoiser(NoiseScheduleConfig()), (x0, noise, t)
