# case: image-to-image edit step with an optional inpainting mask guarded by `is None` and an isinstance check on strength -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EditDenoiser(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Conv2d(channels, 8, 3, pad_mode="same"), nn.SiLU(),
            nn.Conv2d(8, channels, 3, pad_mode="same")])

    def construct(self, x):
        return self.net(x)


class Img2ImgEditStep(nn.Cell):
    def __init__(self, strength=0.75):
        super().__init__()
        self.denoiser = EditDenoiser()
        self.strength = strength

    def _blend(self, new, orig, mask):
        if mask is None:
            return new
        if mask.shape[-1] != new.shape[-1]:
            mask = ops.interpolate(mask, size=new.shape[-2:], mode="nearest")
        return mask * new + (1.0 - mask) * orig

    def construct(self, latents, orig_latents, mask=None, strength=None):
        if strength is None:
            strength = self.strength
        if isinstance(strength, float):
            strength = Tensor(strength, ms.float32)
        pred = latents - strength * self.denoiser(latents)
        return self._blend(pred, orig_latents, mask)


def make():
    np.random.seed(25)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    orig = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    mask = Tensor((np.random.rand(1, 1, 16, 16) > 0.5).astype(np.float32))
    return Img2ImgEditStep(), (latents, orig, mask)
