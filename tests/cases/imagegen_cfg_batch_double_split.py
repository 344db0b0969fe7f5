# case: classifier-free guidance doubles the latent batch with concat and splits the noise prediction at shape[0]//2 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyUNet(nn.Cell):
    def __init__(self, channels=4, ctx_dim=8, hidden=8):
        super().__init__()
        self.conv_in = nn.Conv2d(channels, hidden, 3, pad_mode="same")
        self.ctx_proj = nn.Dense(ctx_dim, hidden)
        self.conv_out = nn.Conv2d(hidden, channels, 3, pad_mode="same")

    def construct(self, x, t, ctx):
        h = self.conv_in(x)
        c = self.ctx_proj(ctx.mean(axis=1))
        h = h + c.reshape(c.shape[0], -1, 1, 1) + t.reshape(-1, 1, 1, 1) * 0.001
        return self.conv_out(ops.silu(h))


class CFGDenoiser(nn.Cell):
    def __init__(self, guidance_scale=7.5):
        super().__init__()
        self.unet = TinyUNet()
        self.guidance_scale = guidance_scale

    def _expand_inputs(self, latents, t, cond, uncond):
        latent_in = ops.concat((latents, latents), axis=0)
        ctx = ops.concat((uncond, cond), axis=0)
        t_in = ops.broadcast_to(t.reshape(1), (latent_in.shape[0],))
        return latent_in, t_in, ctx

    def construct(self, latents, t, cond, uncond):
        latent_in, t_in, ctx = self._expand_inputs(latents, t, cond, uncond)
        eps = self.unet(latent_in, t_in, ctx)
        half = eps.shape[0] // 2
        eps_uncond, eps_cond = eps[:half], eps[half:]
        return eps_uncond + self.guidance_scale * (eps_cond - eps_uncond)


def make():
    np.random.seed(0)
    latents = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    t = Tensor(np.array(500.0, dtype=np.float32))
    cond = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    uncond = Tensor(np.zeros((2, 6, 8), dtype=np.float32))
    return CFGDenoiser(), (latents, t, cond, uncond)
