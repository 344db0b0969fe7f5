# case: classifier-free guidance running cond+uncond in one doubled batch and chunking by shape[0]//2 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TextCondDenoiser(nn.Cell):
    def __init__(self, dim=8, ctx_dim=6):
        super().__init__()
        self.ctx_proj = nn.Dense(ctx_dim, dim)
        self.mlp = nn.SequentialCell(nn.Dense(dim, 16), nn.GELU(), nn.Dense(16, dim))

    def construct(self, x, ctx):
        return self.mlp(x + self.ctx_proj(ctx))


class CFGWrapper(nn.Cell):
    def __init__(self, model, guidance_scale=7.5, rescale=0.0):
        super().__init__()
        self.model = model
        self.guidance_scale = guidance_scale
        self.rescale = rescale

    def construct(self, x, cond, uncond=None):
        if uncond is None:
            uncond = ops.zeros_like(cond)
        x_in = ops.concat((x, x), axis=0)
        ctx = ops.concat((uncond, cond), axis=0)
        out = self.model(x_in, ctx)
        half = out.shape[0] // 2
        eps_u, eps_c = out[:half], out[half:]
        guided = eps_u + self.guidance_scale * (eps_c - eps_u)
        if self.rescale > 0:
            std_c = eps_c.std(axis=1, keepdims=True)
            std_g = guided.std(axis=1, keepdims=True)
            guided = self.rescale * guided * std_c / std_g + (1 - self.rescale) * guided
        return guided


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    cond = Tensor(np.random.randn(2, 6).astype(np.float32))
    return CFGWrapper(TextCondDenoiser()), (x, cond)
