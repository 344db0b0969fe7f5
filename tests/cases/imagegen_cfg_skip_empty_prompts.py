# case: CFG where only prompts flagged non-empty are guided; the guided count comes from has_prompt.sum() and slices the batch -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoisePredictor(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(channels, 8, 3, pad_mode="same"), nn.GELU(),
            nn.Conv2d(8, channels, 3, pad_mode="same")])

    def construct(self, x):
        return self.body(x)


class SelectiveCFG(nn.Cell):
    def __init__(self, guidance_scale=5.0):
        super().__init__()
        self.model = NoisePredictor()
        self.guidance_scale = guidance_scale

    def _guided_part(self, eps_cond, eps_uncond, n_active):
        # prompts are sorted so that non-empty ones come first
        guided = eps_uncond[:n_active] + self.guidance_scale * (eps_cond[:n_active] - eps_uncond[:n_active])
        return guided

    def construct(self, latents, cond_bias, has_prompt):
        eps_cond = self.model(latents + cond_bias)
        eps_uncond = self.model(latents)
        n_active = has_prompt.astype(ms.int32).sum()
        guided = self._guided_part(eps_cond, eps_uncond, n_active)
        rest = eps_cond[n_active:]
        return ops.concat((guided, rest), axis=0)


def make():
    np.random.seed(1)
    latents = Tensor(np.random.randn(4, 4, 8, 8).astype(np.float32))
    cond_bias = Tensor(np.random.randn(4, 4, 1, 1).astype(np.float32))
    has_prompt = Tensor(np.array([1, 1, 1, 0], dtype=np.int32))
    return SelectiveCFG(), (latents, cond_bias, has_prompt)
