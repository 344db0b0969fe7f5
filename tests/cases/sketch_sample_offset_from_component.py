# case: samples (dx, dy) from the chosen bivariate Gaussian component using given normal noise and one-hot selection -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BivariateComponentSampler(nn.Cell):
    """Sample an offset from a GMM with correlated 2-D components."""

    def __init__(self, num_mixtures=4, temperature=0.5):
        super().__init__()
        self.num_mixtures = num_mixtures
        self.temperature = temperature

    def select(self, onehot, values):
        return (onehot * values).sum(axis=-1)

    def construct(self, pi_logits, mu, sigma, rho, gumbel, noise):
        scaled = ops.log_softmax(pi_logits / self.temperature, axis=-1)
        k = ops.argmax(scaled + gumbel, dim=-1)
        onehot = ops.one_hot(k, self.num_mixtures, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        mx = self.select(onehot, mu[..., 0])
        my = self.select(onehot, mu[..., 1])
        sx = self.select(onehot, sigma[..., 0]) * (self.temperature ** 0.5)
        sy = self.select(onehot, sigma[..., 1]) * (self.temperature ** 0.5)
        r = self.select(onehot, rho)
        z1, z2 = noise[..., 0], noise[..., 1]
        dx = mx + sx * z1
        dy = my + sy * (r * z1 + ops.sqrt(1.0 - r * r) * z2)
        return ops.stack((dx, dy), axis=-1)


def make():
    np.random.seed(23)
    b, m = 3, 4
    pi = np.random.randn(b, m).astype(np.float32)
    mu = np.random.randn(b, m, 2).astype(np.float32)
    sigma = np.random.uniform(0.2, 1.0, (b, m, 2)).astype(np.float32)
    rho = np.random.uniform(-0.5, 0.5, (b, m)).astype(np.float32)
    u = np.random.uniform(1e-4, 1 - 1e-4, (b, m))
    gumbel = (-np.log(-np.log(u))).astype(np.float32)
    noise = np.random.randn(b, 2).astype(np.float32)
    args = (pi, mu, sigma, rho, gumbel, noise)
    return BivariateComponentSampler(), tuple(Tensor(a) for a in args)
