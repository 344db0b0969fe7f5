# case: splits the gaussian set into two halves (e.g. old and newly densified points) using n = means.shape[0] // 2 and slicing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensifiedBlend(nn.Cell):
    def __init__(self, new_opacity_scale=0.5):
        super().__init__()
        self.new_opacity_scale = new_opacity_scale

    def construct(self, means, opacity):
        n = means.shape[0] // 2
        old_means, new_means = means[:n], means[n:]
        old_op = opacity[:n]
        new_op = opacity[n:] * self.new_opacity_scale
        centroid_shift = (new_means - old_means).mean(axis=0)
        return ops.concat([old_op, new_op], axis=0), centroid_shift


def make():
    np.random.seed(33)
    means = Tensor(np.random.randn(18, 3).astype(np.float32))
    opacity = Tensor(np.random.rand(18).astype(np.float32))
    return DensifiedBlend(), (means, opacity)
