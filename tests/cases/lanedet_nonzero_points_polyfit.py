# case: take (row, col) of foreground lane pixels with nonzero and fit x = a*y^2 + b*y + c by normal equations -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PixelPolyFitter(nn.Cell):
    def __init__(self, degree=2, eps=1e-3):
        super().__init__()
        self.degree = degree
        self.eps = eps

    def design_matrix(self, ys):
        cols = [ops.pow(ys, float(p)) for p in range(self.degree, -1, -1)]
        return ops.stack(cols, axis=1)

    def construct(self, binary_mask):
        pts = ops.nonzero(binary_mask).astype(ms.float32)
        ys = pts[:, 0] / binary_mask.shape[0]
        xs = pts[:, 1] / binary_mask.shape[1]
        a = self.design_matrix(ys)
        ata = ops.matmul(a.T, a) + self.eps * ops.eye(self.degree + 1, self.degree + 1, ms.float32)
        atb = ops.matmul(a.T, xs.view(-1, 1))
        coeffs = ops.matmul(ops.inverse(ata), atb)
        return coeffs.view(-1)


def make():
    np.random.seed(2)
    mask = (np.random.rand(12, 20) > 0.7).astype(np.int32)
    return PixelPolyFitter(), (Tensor(mask),)
