# case: crops a patch around the lesion centroid using int() of tensor coordinates as slice starts -> graph mode error or dynamic slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionPatchSampler(nn.Cell):
    def __init__(self, patch=8):
        super().__init__()
        self.patch = patch
        self.half = patch // 2

    def centroid(self, mask):
        h, w = mask.shape
        ys = ops.arange(h).astype(ms.float32).reshape(h, 1)
        xs = ops.arange(w).astype(ms.float32).reshape(1, w)
        total = mask.sum() + 1e-6
        return (mask * ys).sum() / total, (mask * xs).sum() / total

    def construct(self, image, mask):
        cy, cx = self.centroid(mask)
        y0 = int(cy) - self.half
        x0 = int(cx) - self.half
        return image[y0:y0 + self.patch, x0:x0 + self.patch]


def make():
    np.random.seed(4)
    img = np.random.rand(32, 32).astype(np.float32)
    m = np.zeros((32, 32), dtype=np.float32)
    m[12:20, 14:22] = 1.0
    return LesionPatchSampler(patch=8), (Tensor(img), Tensor(m))
