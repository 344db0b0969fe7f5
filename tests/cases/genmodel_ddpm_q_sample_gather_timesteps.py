# case: DDPM forward noising that indexes sqrt(alpha_bar) tables by a per-sample timestep tensor via gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cosine_alphas_cumprod(timesteps=200, s=0.008):
    steps = np.arange(timesteps + 1, dtype=np.float64) / timesteps
    f = np.cos((steps + s) / (1 + s) * np.pi / 2) ** 2
    ac = f / f[0]
    betas = np.clip(1 - ac[1:] / ac[:-1], 0, 0.999)
    return np.cumprod(1 - betas).astype(np.float32)


class GaussianDiffusion(nn.Cell):
    def __init__(self, timesteps=200, schedule="cosine"):
        super().__init__()
        if schedule == "cosine":
            ac = cosine_alphas_cumprod(timesteps)
        else:
            ac = np.cumprod(1 - np.linspace(1e-4, 0.02, timesteps)).astype(np.float32)
        self.sqrt_ac = Tensor(np.sqrt(ac))
        self.sqrt_1m_ac = Tensor(np.sqrt(1 - ac))

    def extract(self, table, t, x_shape):
        out = ops.gather(table, t, 0)
        return out.reshape((t.shape[0],) + (1,) * (len(x_shape) - 1))

    def construct(self, x0, t, noise):
        a = self.extract(self.sqrt_ac, t, x0.shape)
        s = self.extract(self.sqrt_1m_ac, t, x0.shape)
        return a * x0 + s * noise


def make():
    np.random.seed(0)
    x0 = Tensor(np.random.randn(3, 2, 4, 4).astype(np.float32))
    t = Tensor(np.random.randint(0, 200, size=(3,)).astype(np.int32))
    noise = Tensor(np.random.randn(3, 2, 4, 4).astype(np.float32))
    return GaussianDiffusion(), (x0, t, noise)
