# case: inpainting resizes the pixel mask to latent size taken from latents.shape and blends known and generated latents -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InpaintUNetStub(nn.Cell):
    def __init__(self, latent_ch=4):
        super().__init__()
        # 4 latent + 1 mask + 4 masked-image latent channels, as in SD inpainting
        self.conv_in = nn.Conv2d(2 * latent_ch + 1, 8, 3, pad_mode="same")
        self.conv_out = nn.Conv2d(8, latent_ch, 3, pad_mode="same")

    def construct(self, x):
        return self.conv_out(ops.silu(self.conv_in(x)))


class InpaintStep(nn.Cell):
    def __init__(self, latent_ch=4, keep_unmasked=True):
        super().__init__()
        self.unet = InpaintUNetStub(latent_ch)
        self.keep_unmasked = keep_unmasked

    def _prepare_mask(self, mask, latents):
        h, w = latents.shape[-2], latents.shape[-1]
        m = ops.interpolate(mask, size=(h, w), mode="bilinear")
        return ops.clamp(m, 0.0, 1.0)

    def construct(self, latents, mask, masked_image_latents, init_latents):
        m = self._prepare_mask(mask, latents)
        unet_in = ops.concat((latents, m, masked_image_latents), axis=1)
        pred = latents - 0.1 * self.unet(unet_in)
        if self.keep_unmasked:
            pred = m * pred + (1.0 - m) * init_latents
        return pred


def make():
    np.random.seed(17)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    mask = np.zeros((1, 1, 64, 64), np.float32)
    mask[..., 16:48, 16:40] = 1.0
    mil = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    init = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return InpaintStep(), (latents, Tensor(mask), mil, init)
