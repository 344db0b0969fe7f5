# case: spectral-spatial patch extractor reflect-pads the scene border by patch_size//2 read from config and unfolds centred patches via shape arithmetic -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    def __init__(self, patch_size=5, pad_mode="reflect", num_bands=10, centre_only=False):
        self.patch_size = patch_size
        self.pad_mode = pad_mode
        self.num_bands = num_bands
        self.centre_only = centre_only


class BorderPatchExtractor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_size = config.patch_size
        self.radius = config.patch_size // 2
        self.pad_mode = config.pad_mode
        self.centre_only = getattr(config, "centre_only", False)

    def _pad(self, scene):
        r = self.radius
        return ops.pad(scene, (r, r, r, r), mode=self.pad_mode)

    def construct(self, scene):
        # scene: (1, bands, h, w) -> (h*w, bands, p, p)
        _, c, h, w = scene.shape
        padded = self._pad(scene)
        rows = []
        for i in range(h):
            for j in range(w):
                rows.append(padded[0, :, i:i + self.patch_size, j:j + self.patch_size])
        patches = ops.stack(rows, 0)
        if self.centre_only:
            return patches[:, :, self.radius, self.radius]
        return patches


def make():
    np.random.seed(3828)
    cfg = PatchConfig()
    scene = Tensor(np.random.rand(1, cfg.num_bands, 4, 4).astype(np.float32))
    return BorderPatchExtractor(cfg), (scene,)
