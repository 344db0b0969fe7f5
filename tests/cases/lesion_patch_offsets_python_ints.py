# case: extracts patches around lesion centres given as python int offsets sampled on the host in make -> static (constant slices)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchExtractor(nn.Cell):
    def __init__(self, size=8):
        super().__init__()
        self.size = size

    def construct(self, image, centers):
        half = self.size // 2
        patches = []
        for cy, cx in centers:
            y0 = min(max(cy - half, 0), image.shape[-2] - self.size)
            x0 = min(max(cx - half, 0), image.shape[-1] - self.size)
            patches.append(image[:, y0:y0 + self.size, x0:x0 + self.size])
        return ops.stack(patches)


def make():
    np.random.seed(46)
    img = np.random.rand(1, 24, 24).astype(np.float32)
    centers = tuple((int(a), int(b)) for a, b in np.random.randint(0, 24, size=(3, 2)))
    return PatchExtractor(), (Tensor(img), centers)
