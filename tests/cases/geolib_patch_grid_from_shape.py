# case: patch sampler that cuts a scene into a regular grid of non-overlapping patches, grid size from x.shape and the config patch size -> shape-only arithmetic, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    def __init__(self, patch_size=8, drop_remainder=True, flatten=True):
        self.patch_size = patch_size
        self.drop_remainder = drop_remainder
        self.flatten = flatten


def grid_dims(height, width, patch):
    return height // patch, width // patch


class GridPatchSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch = config.patch_size
        self.drop_remainder = config.drop_remainder
        self.flatten = config.flatten

    def construct(self, scene):
        b, c, h, w = scene.shape
        gh, gw = grid_dims(h, w, self.patch)
        if self.drop_remainder:
            scene = scene[:, :, : gh * self.patch, : gw * self.patch]
        p = self.patch
        patches = scene.reshape(b, c, gh, p, gw, p).transpose(0, 2, 4, 1, 3, 5)
        if self.flatten:
            return patches.reshape(b * gh * gw, c, p, p)
        return patches


def make():
    np.random.seed(3379)
    scene = Tensor(np.random.rand(2, 4, 36, 44).astype(np.float32))
    return GridPatchSampler(PatchConfig()), (scene,)
