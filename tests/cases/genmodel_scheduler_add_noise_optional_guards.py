# case: noise scheduler add_noise with None guard for noise and isinstance check for int vs tensor timesteps -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DDPMScheduler(nn.Cell):
    def __init__(self, num_train_timesteps=50, beta_schedule="scaled_linear", prediction_type="epsilon"):
        super().__init__()
        if beta_schedule == "scaled_linear":
            betas = np.linspace(1e-4 ** 0.5, 0.02 ** 0.5, num_train_timesteps) ** 2
        else:
            betas = np.linspace(1e-4, 0.02, num_train_timesteps)
        self.alphas_cumprod = Tensor(np.cumprod(1.0 - betas).astype(np.float32))
        self.prediction_type = prediction_type

    def _broadcast(self, v, ndim):
        return v.reshape(v.shape + (1,) * (ndim - v.ndim))

    def add_noise(self, samples, timesteps, noise=None, generator_noise=None):
        if noise is None:
            noise = generator_noise if generator_noise is not None else ops.zeros_like(samples)
        if isinstance(timesteps, int):
            timesteps = ops.fill(ms.int32, (samples.shape[0],), timesteps)
        a = self._broadcast(self.alphas_cumprod[timesteps], samples.ndim)
        return ops.sqrt(a) * samples + ops.sqrt(1 - a) * noise, noise

    def construct(self, samples, timesteps, noise=None):
        noisy, noise = self.add_noise(samples, timesteps, noise)
        noisy_last, _ = self.add_noise(samples, 49, noise)
        if self.prediction_type == "epsilon":
            target = noise
        else:
            target = samples
        return noisy, noisy_last, target


def make():
    np.random.seed(0)
    s = Tensor(np.random.randn(2, 3, 4, 4).astype(np.float32))
    t = Tensor(np.array([4, 31], np.int32))
    return DDPMScheduler(), (s, t)
