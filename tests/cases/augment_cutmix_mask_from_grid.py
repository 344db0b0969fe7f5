# case: cutmix with the box turned into a fixed-size mask via arange comparisons and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxMaskCutMix(nn.Cell):
    """CutMix that never slices: the pasted box is a boolean mask over the full image."""

    def __init__(self, image_size=16, min_ratio=0.2):
        super().__init__()
        self.image_size = image_size
        self.min_ratio = min_ratio
        self.coords = Tensor(np.arange(image_size, dtype=np.float32))

    def box_mask(self, lam):
        size = float(self.image_size)
        cut = ops.sqrt(1.0 - lam) * size
        center = ops.uniform((2,), Tensor(0.0, ms.float32), Tensor(size, ms.float32))
        y_in = ops.logical_and(self.coords >= center[0] - cut / 2, self.coords < center[0] + cut / 2)
        x_in = ops.logical_and(self.coords >= center[1] - cut / 2, self.coords < center[1] + cut / 2)
        mask = ops.logical_and(y_in.reshape(-1, 1), x_in.reshape(1, -1))
        return mask

    def construct(self, images, targets, lam):
        perm = ops.randperm(images.shape[0], dtype=ms.int32)
        mask = self.box_mask(lam)
        mask4 = ops.broadcast_to(mask.reshape(1, 1, self.image_size, self.image_size), images.shape)
        mixed = ops.select(mask4, images[perm], images)
        ratio = mask.astype(ms.float32).mean()
        mixed_t = (1.0 - ratio) * targets + ratio * targets[perm]
        return mixed, mixed_t


def make():
    np.random.seed(2)
    imgs = Tensor(np.random.rand(4, 3, 16, 16).astype(np.float32))
    targets = Tensor(np.eye(4, 10, dtype=np.float32))
    lam = Tensor(np.float32(0.7))
    return BoxMaskCutMix(), (imgs, targets, lam)
