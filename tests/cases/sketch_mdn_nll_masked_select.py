# case: bivariate Gaussian mixture NLL over pen offsets, averaged over valid steps picked by masked_select -> dynamic shape at line 37
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixtureOffsetNLL(nn.Cell):
    """Sketch-RNN style reconstruction loss for (dx, dy) under a 2-D GMM."""

    def __init__(self, num_mixtures=4, eps=1e-6):
        super().__init__()
        self.num_mixtures = num_mixtures
        self.eps = eps

    def bivariate_normal(self, dx, dy, mu_x, mu_y, sigma_x, sigma_y, rho):
        zx = (dx - mu_x) / sigma_x
        zy = (dy - mu_y) / sigma_y
        z = zx * zx + zy * zy - 2.0 * rho * zx * zy
        one_minus = 1.0 - rho * rho
        norm = 2.0 * math.pi * sigma_x * sigma_y * ops.sqrt(one_minus)
        return ops.exp(-z / (2.0 * one_minus)) / norm

    def unpack(self, params):
        pi_logits, mu_x, mu_y, log_sx, log_sy, rho_raw = ops.split(
            params, self.num_mixtures, axis=-1)
        pi = ops.softmax(pi_logits, axis=-1)
        return pi, mu_x, mu_y, ops.exp(log_sx), ops.exp(log_sy), ops.tanh(rho_raw) * 0.95

    def construct(self, params, target, mask):
        pi, mu_x, mu_y, sx, sy, rho = self.unpack(params)
        dx = target[..., 0:1]
        dy = target[..., 1:2]
        dens = self.bivariate_normal(dx, dy, mu_x, mu_y, sx, sy, rho)
        prob = (pi * dens).sum(axis=-1)
        nll = -ops.log(prob + self.eps)
        valid = ops.masked_select(nll, mask)
        return valid.mean()


def make():
    np.random.seed(1)
    b, t, m = 2, 6, 4
    params = np.random.randn(b, t, 6 * m).astype(np.float32) * 0.5
    target = np.random.randn(b, t, 2).astype(np.float32)
    mask = np.zeros((b, t), np.bool_)
    mask[0, :6] = True
    mask[1, :3] = True
    return MixtureOffsetNLL(num_mixtures=m), (Tensor(params), Tensor(target), Tensor(mask))
