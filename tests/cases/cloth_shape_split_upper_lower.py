# case: person image split into upper and lower body halves with slice bounds from x.shape, each normalised by its own cloth mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfBodyNormalizer(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def norm_region(self, img, mask):
        area = mask.sum() + self.eps
        mean = (img * mask).sum(axis=(1, 2), keepdims=True) / area
        return (img - mean) * mask

    def construct(self, img, cloth_mask):
        h = img.shape[1]
        mid = h // 2
        upper = self.norm_region(img[:, :mid], cloth_mask[:, :mid])
        lower = self.norm_region(img[:, mid:], cloth_mask[:, mid:])
        return ops.concat([upper, lower], axis=1)


def make():
    np.random.seed(34)
    img = Tensor(np.random.rand(3, 16, 10).astype(np.float32))
    mask = Tensor((np.random.rand(1, 16, 10) > 0.4).astype(np.float32))
    return HalfBodyNormalizer(), (img, mask)
