# case: guidance schedule wraps the per-step scale lookup in try/except IndexError to fall back to the last scale -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuidedStep(nn.Cell):
    def __init__(self, channels=4, schedule=(7.5, 6.0, 4.5, 3.0)):
        super().__init__()
        self.eps = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.cond_proj = nn.Dense(8, channels)
        self.schedule = schedule

    def _scale_for(self, step_index):
        try:
            scale = self.schedule[step_index]
        except IndexError:
            scale = self.schedule[-1]
        return scale

    def construct(self, latents, ctx, step_index=5):
        cond = self.cond_proj(ctx).reshape(latents.shape[0], -1, 1, 1)
        eps_u = self.eps(latents)
        eps_c = self.eps(latents + cond)
        scale = self._scale_for(step_index)
        return eps_u + scale * (eps_c - eps_u)


def make():
    np.random.seed(16)
    latents = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    ctx = Tensor(np.random.randn(2, 8).astype(np.float32))
    return GuidedStep(), (latents, ctx)
