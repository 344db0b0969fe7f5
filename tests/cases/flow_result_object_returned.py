# case: flow forward wrapping its latent, log-det and log-likelihood in a plain Python FlowOutput object built in construct and returned to the caller -> custom class instance created and returned from graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowOutput:
    def __init__(self, z, logdet, log_prob):
        self.z = z
        self.logdet = logdet
        self.log_prob = log_prob

    def bits_per_dim(self, n_dims):
        return -self.log_prob / (n_dims * math.log(2.0))


class AffineAutoregressive(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.dim = dim
        self.net = nn.Dense(dim, 2 * dim)
        self.mask = Tensor(np.tril(np.ones((2 * dim, dim), np.float32), -1))
        self.log2pi = math.log(2 * math.pi)

    def construct(self, x):
        h = ops.matmul(x, (self.net.weight * self.mask).T) + self.net.bias
        mu, alpha = ops.chunk(h, 2, axis=1)
        alpha = ops.tanh(alpha)
        z = (x - mu) * ops.exp(-alpha)
        logdet = -alpha.sum(axis=1)
        log_pz = (-0.5 * (z ** 2 + self.log2pi)).sum(axis=1)
        out = FlowOutput(z, logdet, log_pz + logdet)
        return out


def make():
    np.random.seed(40)
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    return AffineAutoregressive(3), (x,)
