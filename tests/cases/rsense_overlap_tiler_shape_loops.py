# case: cut a scene into overlapping patches with Python loops whose bounds come from .shape and config stride -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tile_origins(size, patch, stride):
    origins = list(range(0, size - patch + 1, stride))
    if origins[-1] != size - patch:
        origins.append(size - patch)
    return origins


class OverlapTiler(nn.Cell):
    def __init__(self, patch=8, overlap=2):
        super().__init__()
        self.patch = patch
        self.stride = patch - overlap

    def construct(self, scene):
        # scene: (bands, H, W) -> (num_patches, bands, patch, patch)
        _, h, w = scene.shape
        patches = []
        for y in tile_origins(h, self.patch, self.stride):
            for x in tile_origins(w, self.patch, self.stride):
                patches.append(scene[:, y:y + self.patch, x:x + self.patch])
        return ops.stack(patches, axis=0)


def make():
    np.random.seed(32)
    scene = Tensor(np.random.rand(3, 20, 18).astype(np.float32))
    return OverlapTiler(), (scene,)
