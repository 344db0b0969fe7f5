# case: sampling with temperature that rejects latents whose norm exceeds a bound in a while loop on a tensor condition, collecting accepted rows by boolean mask -> data-dependent shapes in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffineDecoder(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.scale = ms.Parameter(Tensor(np.full((dim,), 0.5, np.float32)), name="scale")
        self.shift = ms.Parameter(Tensor(np.zeros((dim,), np.float32)), name="shift")

    def construct(self, z):
        return z * ops.exp(self.scale) + self.shift


class TruncatedSampler(nn.Cell):
    def __init__(self, dim, n_samples=8, max_norm=2.5):
        super().__init__()
        self.dim = dim
        self.n = n_samples
        self.max_norm = max_norm
        self.decoder = AffineDecoder(dim)

    def construct(self, temperature):
        z = ops.standard_normal((self.n, self.dim)) * temperature
        norms = ops.norm(z, dim=1)
        while (norms > self.max_norm).any():
            z = ops.standard_normal((self.n, self.dim)) * temperature
            norms = ops.norm(z, dim=1)
        keep = norms < self.max_norm * 0.8
        return self.decoder(z[keep])


def make():
    np.random.seed(12)
    return TruncatedSampler(3), (Tensor(0.7, ms.float32),)
