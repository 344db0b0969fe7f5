# case: splits a padded event-voxel tensor into halves along time using sizes from x.shape and compares early vs late activity -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyLateContrast(nn.Cell):
    def __init__(self, eps=1e-3):
        super().__init__()
        self.eps = eps

    def construct(self, voxels):
        n_bins = voxels.shape[1]
        half = n_bins // 2
        early = voxels[:, :half].sum(axis=1)
        late = voxels[:, half:].sum(axis=1)
        ratio = (late - early) / (late + early + self.eps)
        return ratio.reshape(voxels.shape[0], -1).mean(axis=1)


def make():
    np.random.seed(48)
    vox = Tensor(np.random.poisson(0.5, (2, 6, 5, 5)).astype(np.float32))
    return EarlyLateContrast(), (vox,)
