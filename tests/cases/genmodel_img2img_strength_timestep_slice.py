# case: img2img DDIM sampler slicing its timestep table by a start index computed from a strength tensor -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def linear_alphas_cumprod(num_train_steps=1000, beta_start=1e-4, beta_end=2e-2):
    betas = np.linspace(beta_start, beta_end, num_train_steps, dtype=np.float64)
    return np.cumprod(1.0 - betas).astype(np.float32)


class Img2ImgDDIM(nn.Cell):
    def __init__(self, num_train_steps=1000, num_inference_steps=20):
        super().__init__()
        self.num_inference_steps = num_inference_steps
        stride = num_train_steps // num_inference_steps
        steps = np.arange(0, num_train_steps, stride)[::-1].astype(np.int32)
        self.timesteps = Tensor(steps.copy())
        self.alphas_cumprod = Tensor(linear_alphas_cumprod(num_train_steps))

    def get_timesteps(self, strength):
        init_steps = ops.cast(strength * self.num_inference_steps, ms.int32)
        t_start = self.num_inference_steps - init_steps
        return self.timesteps[t_start:]

    def construct(self, init_latents, noise, strength):
        timesteps = self.get_timesteps(strength)
        alphas = ops.gather(self.alphas_cumprod, timesteps, 0)
        a0 = alphas[0]
        noisy = ops.sqrt(a0) * init_latents + ops.sqrt(1.0 - a0) * noise
        return noisy, timesteps


def make():
    np.random.seed(0)
    lat = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    noise = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    return Img2ImgDDIM(), (lat, noise, Tensor(0.6, ms.float32))
