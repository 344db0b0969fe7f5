# case: TPS rectification grid generator that (under a recompute flag left at its default True) re-inverts the fiducial kernel matrix inside construct through .asnumpy() and np.linalg.inv -> rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TPSConfig:
    num_fiducial = 10
    out_h = 8
    out_w = 32
    recompute_inverse = True


def _fiducial_points(n):
    xs = np.linspace(-1.0, 1.0, n // 2)
    top = np.stack([xs, -np.ones_like(xs)], axis=1)
    bot = np.stack([xs, np.ones_like(xs)], axis=1)
    return np.concatenate([top, bot], axis=0).astype(np.float32)


def _delta_c(c):
    n = c.shape[0]
    hat = np.linalg.norm(c[:, None] - c[None], axis=2) + np.eye(n)
    hat = (hat ** 2) * np.log(hat)
    return np.concatenate([
        np.concatenate([np.ones((n, 1)), c, hat], axis=1),
        np.concatenate([np.zeros((2, 3)), c.T], axis=1),
        np.concatenate([np.zeros((1, 3)), np.ones((1, n))], axis=1),
    ], axis=0).astype(np.float32)


class GridGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c = _fiducial_points(config.num_fiducial)
        self.delta_c = Tensor(_delta_c(c))
        self.recompute_inverse = getattr(config, "recompute_inverse", False)
        self.inv_delta_c = Tensor(np.linalg.inv(_delta_c(c)))

    def _inverse(self):
        if self.recompute_inverse:
            return Tensor(np.linalg.inv(self.delta_c.asnumpy()))
        return self.inv_delta_c

    def construct(self, c_prime):
        batch = c_prime.shape[0]
        zeros = ops.zeros((batch, 3, 2), ms.float32)
        target = ops.concat((c_prime, zeros), axis=1)
        inv = self._inverse()
        return ops.matmul(ops.tile(inv.expand_dims(0), (batch, 1, 1)), target)


def make():
    np.random.seed(15)
    c_prime = Tensor((_fiducial_points(10) + 0.05 * np.random.randn(10, 2)).astype(np.float32)[None].repeat(2, 0))
    return GridGenerator(TPSConfig()), (c_prime,)
