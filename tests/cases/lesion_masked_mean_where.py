# case: mean intensity inside and outside the lesion using ops.where and a float mask instead of boolean indexing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionContrast(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def masked_mean(self, x, m):
        return (x * m).sum(axis=(-2, -1)) / (m.sum(axis=(-2, -1)) + self.eps)

    def construct(self, image, mask):
        inside = ops.where(mask > 0, image, ops.zeros_like(image))
        fg = (mask > 0).astype(ms.float32)
        mu_in = inside.sum(axis=(-2, -1)) / (fg.sum(axis=(-2, -1)) + self.eps)
        mu_out = self.masked_mean(image, 1.0 - fg)
        return mu_in - mu_out


def make():
    np.random.seed(33)
    img = np.random.rand(3, 14, 14).astype(np.float32)
    m = np.zeros((3, 14, 14), dtype=np.float32)
    m[:, 4:9, 5:11] = 1.0
    return LesionContrast(), (Tensor(img), Tensor(m))
