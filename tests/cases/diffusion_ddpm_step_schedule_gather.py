# case: DDPM training step gathers alpha_bar for per-sample timesteps from a constant schedule tensor and adds noise; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

T_STEPS = 50


def linear_schedule(t_steps, start=1e-4, end=2e-2):
    betas = np.linspace(start, end, t_steps, dtype=np.float32)
    return np.cumprod(1.0 - betas).astype(np.float32)


class TimeEmbed(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        half = dim // 2
        self.freqs = Tensor(np.exp(-np.log(10000.0) * np.arange(half) / half).astype(np.float32))
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.SiLU(), nn.Dense(dim, dim)])

    def construct(self, t):
        arg = t.astype(ms.float32)[:, None] * self.freqs[None, :]
        return self.mlp(ops.concat((ops.sin(arg), ops.cos(arg)), axis=-1))


class Denoiser(nn.Cell):
    def __init__(self, ch=8):
        super().__init__()
        self.temb = TimeEmbed(ch)
        self.inp = nn.Conv2d(1, ch, 3, pad_mode="same")
        self.mid = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.out = nn.Conv2d(ch, 1, 3, pad_mode="same")

    def construct(self, x, t):
        h = ops.silu(self.inp(x)) + self.temb(t)[:, :, None, None]
        return self.out(ops.silu(self.mid(h)))


class DDPMStep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.model = Denoiser()
        self.alpha_bar = Tensor(linear_schedule(T_STEPS))

    def construct(self, x0, t):
        noise = ops.randn_like(x0)
        ab = ops.gather(self.alpha_bar, t, 0).reshape(-1, 1, 1, 1)
        xt = ops.sqrt(ab) * x0 + ops.sqrt(1.0 - ab) * noise
        pred = self.model(xt, t)
        return ops.mse_loss(pred, noise)


def make():
    x0 = Tensor(np.random.randn(4, 1, 8, 8).astype(np.float32))
    t = Tensor(np.random.randint(0, T_STEPS, (4,)).astype(np.int32))
    return DDPMStep(), (x0, t)
