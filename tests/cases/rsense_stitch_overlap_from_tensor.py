# case: stitch a row of overlapping patches where the overlap arrives as a tensor and is turned into int slice offsets -> dynamic shape / compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchRowStitcher(nn.Cell):
    def __init__(self, patch=8, channels=3):
        super().__init__()
        self.patch = patch
        self.channels = channels

    def construct(self, patches, overlap):
        # patches: (n, C, patch, patch) along one row of the scene
        n = patches.shape[0]
        ov = int(overlap)
        step = self.patch - ov
        out_w = step * (n - 1) + self.patch
        canvas = ops.zeros((self.channels, self.patch, out_w), ms.float32)
        weight = ops.zeros((1, 1, out_w), ms.float32)
        for i in range(n):
            x0 = i * step
            canvas[:, :, x0:x0 + self.patch] += patches[i]
            weight[:, :, x0:x0 + self.patch] += 1.0
        return canvas / weight


def make():
    np.random.seed(13)
    patches = Tensor(np.random.rand(3, 3, 8, 8).astype(np.float32))
    return PatchRowStitcher(), (patches, Tensor(2, ms.int32))
