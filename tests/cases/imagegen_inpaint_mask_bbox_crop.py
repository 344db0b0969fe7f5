# case: inpainting crops the latent to the bounding box of the mask found with nonzero before refining it -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineBlock(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        return x + 0.1 * self.conv(x)


class MaskedRegionRefiner(nn.Cell):
    def __init__(self, channels=4, threshold=0.5):
        super().__init__()
        self.refine = RefineBlock(channels)
        self.threshold = threshold

    def _mask_bbox(self, mask2d):
        coords = ops.nonzero(mask2d > self.threshold)
        y0 = coords[:, 0].min()
        y1 = coords[:, 0].max() + 1
        x0 = coords[:, 1].min()
        x1 = coords[:, 1].max() + 1
        return y0, y1, x0, x1

    def construct(self, latents, mask):
        y0, y1, x0, x1 = self._mask_bbox(mask[0, 0])
        crop = latents[:, :, y0:y1, x0:x1]
        refined = self.refine(crop)
        return refined.mean(axis=(2, 3))


def make():
    np.random.seed(2)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    m = np.zeros((1, 1, 8, 8), dtype=np.float32)
    m[:, :, 2:5, 3:7] = 1.0
    return MaskedRegionRefiner(), (latents, Tensor(m))
