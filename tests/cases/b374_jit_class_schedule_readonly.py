# case: @ms.jit_class noise schedule holding alphas_cumprod is only read in construct (gather at the timestep tensor, scalar config fields) -> jit_class used read-only, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class NoiseSchedule:
    def __init__(self, num_train_timesteps=1000, beta_start=1e-4, beta_end=2e-2):
        betas = np.linspace(beta_start, beta_end, num_train_timesteps, dtype=np.float32)
        self.alphas_cumprod = Tensor(np.cumprod(1.0 - betas).astype(np.float32))
        self.num_train_timesteps = num_train_timesteps
        self.prediction_type = "epsilon"


class ScheduleConfig:
    def __init__(self, latent_channels=4, num_train_timesteps=1000, clip_sample=False):
        self.latent_channels = latent_channels
        self.num_train_timesteps = num_train_timesteps
        self.clip_sample = clip_sample


class VideoNoiser(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.schedule = NoiseSchedule(config.num_train_timesteps)
        self.clip_sample = config.clip_sample

    def construct(self, video_latents, noise, timesteps):
        a = ops.gather(self.schedule.alphas_cumprod, timesteps, 0).reshape(-1, 1, 1, 1, 1)
        noisy = ops.sqrt(a) * video_latents + ops.sqrt(1 - a) * noise
        if self.clip_sample:
            noisy = ops.clamp(noisy, -1.0, 1.0)
        if self.schedule.prediction_type == "epsilon":
            target = noise
        else:
            target = video_latents
        return noisy, target


def make():
    np.random.seed(37432)
    z = Tensor(np.random.randn(2, 4, 4, 8, 8).astype(np.float32))
    n = Tensor(np.random.randn(2, 4, 4, 8, 8).astype(np.float32))
    t = Tensor(np.array([10, 700], np.int32))
    return VideoNoiser(ScheduleConfig()), (z, n, t)
