# case: binary opening and closing of a thresholded lesion mask via max_pool3d dilation/erosion with radii from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dilate(mask, radius):
    return ops.max_pool3d(mask, 2 * radius + 1, 1, radius)


def erode(mask, radius):
    return -ops.max_pool3d(-mask, 2 * radius + 1, 1, radius)


class MorphologicalCleanup(nn.Cell):
    def __init__(self, threshold=0.5, open_radius=1, close_radius=1, return_prob=False):
        super().__init__()
        self.threshold = threshold
        self.open_radius = open_radius
        self.close_radius = close_radius
        self.return_prob = return_prob

    def construct(self, prob):
        mask = (prob > self.threshold).astype(ms.float32)
        if self.open_radius > 0:
            mask = dilate(erode(mask, self.open_radius), self.open_radius)
        if self.close_radius > 0:
            mask = erode(dilate(mask, self.close_radius), self.close_radius)
        if self.return_prob:
            return prob * mask
        return mask


def make():
    np.random.seed(0)
    p = (np.random.rand(1, 1, 8, 8, 8) > 0.85).astype(np.float32) * 0.6
    p[0, 0, 2:6, 2:6, 2:6] = 0.9
    return MorphologicalCleanup(), (Tensor(p),)
