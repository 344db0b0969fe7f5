# case: latent upscaler clamps the latent with np.clip and np.percentile applied to a tensor before interpolating -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LatentUpscaler(nn.Cell):
    def __init__(self, channels=4, scale=2, clamp_percentile=99.0, dynamic_threshold=True):
        super().__init__()
        self.scale = scale
        self.clamp_percentile = clamp_percentile
        self.dynamic_threshold = dynamic_threshold
        self.refine = nn.SequentialCell([
            nn.Conv2d(channels, 8, 3, pad_mode="same"), nn.SiLU(),
            nn.Conv2d(8, channels, 3, pad_mode="same")])

    def _threshold(self, latents):
        s = np.percentile(np.abs(latents), self.clamp_percentile)
        s = max(s, 1.0)
        return Tensor(np.clip(latents, -s, s) / s, ms.float32)

    def construct(self, latents):
        if self.dynamic_threshold:
            latents = self._threshold(latents)
        h, w = latents.shape[2], latents.shape[3]
        up = ops.interpolate(latents, size=(h * self.scale, w * self.scale), mode="bilinear")
        return up + self.refine(up)


def make():
    np.random.seed(13)
    latents = Tensor((np.random.randn(1, 4, 6, 6) * 2).astype(np.float32))
    return LatentUpscaler(), (latents,)
