# case: samples patch centres uniformly among labelled foreground voxels (nonzero + random gather) for nnU-Net style oversampling -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForegroundPatchSampler(nn.Cell):
    def __init__(self, num_patches=4, patch_size=(4, 4, 4), seed=0):
        super().__init__()
        self.num_patches = num_patches
        self.half = Tensor(np.array(patch_size, dtype=np.int32) // 2)
        self.uniform = ops.UniformReal(seed=seed)

    def _clip_centers(self, centers, shape):
        upper = Tensor(np.array(shape, dtype=np.int32)) - self.half
        return ops.minimum(ops.maximum(centers, self.half), upper)

    def construct(self, label):
        # label: (D, H, W) int32
        fg = ops.nonzero(label > 0).astype(ms.int32)
        u = self.uniform((self.num_patches,))
        pick = (u * fg.shape[0]).astype(ms.int32)
        centers = ops.gather(fg, pick, 0)
        return self._clip_centers(centers, label.shape)


def make():
    np.random.seed(0)
    lab = np.zeros((10, 10, 10), dtype=np.int32)
    lab[3:6, 4:8, 2:5] = 1
    return ForegroundPatchSampler(), (Tensor(lab),)
