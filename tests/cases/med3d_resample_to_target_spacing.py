# case: resamples a CT volume to an isotropic target spacing where the voxel spacing arrives as a tensor from the data loader -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpacingResampler(nn.Cell):
    def __init__(self, target_spacing=(1.5, 1.5, 1.5), mode="trilinear"):
        super().__init__()
        self.target_spacing = np.array(target_spacing, dtype=np.float32)
        self.mode = mode

    def _target_size(self, shape, spacing):
        factors = spacing.asnumpy() / self.target_spacing
        return tuple(int(round(s * f)) for s, f in zip(shape, factors))

    def construct(self, image, spacing):
        # image: (N, C, D, H, W); spacing: (3,) float32 in mm
        size = self._target_size(image.shape[2:], spacing)
        if self.mode == "nearest":
            return ops.interpolate(image, size=size, mode="nearest")
        return ops.interpolate(image, size=size, mode="trilinear", align_corners=False)


def make():
    np.random.seed(0)
    img = Tensor(np.random.rand(1, 1, 6, 8, 8).astype(np.float32))
    spacing = Tensor(np.array([3.0, 1.5, 0.75], dtype=np.float32))
    return SpacingResampler(), (img, spacing)
