# case: mixture-prior VAE that repeats each posterior row a data-dependent number of times (counts from component assignment) with repeat_interleave -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MixturePriorVAE(nn.Cell):
    def __init__(self, in_dim=6, z_dim=2, n_components=3, max_repeat=3):
        super().__init__()
        self.enc = nn.Dense(in_dim, 2 * z_dim)
        self.prior_means = Parameter(Tensor(np.random.RandomState(9).randn(n_components, z_dim).astype(np.float32)),
                                     name="prior_means")
        self.z_dim = z_dim
        self.max_repeat = max_repeat

    def posterior(self, x):
        mu, logvar = ops.split(self.enc(x), self.z_dim, axis=1)
        return mu, logvar

    def component_of(self, z):
        d = ((z.expand_dims(1) - self.prior_means.expand_dims(0)) ** 2).sum(-1)
        return ops.argmin(d, axis=1)

    def construct(self, x):
        mu, logvar = self.posterior(x)
        z = mu + ops.exp(0.5 * logvar) * ops.randn_like(mu)
        comp = self.component_of(z)
        repeats = ops.clamp(comp + 1, 1, self.max_repeat).astype(ms.int32)
        z_rep = ops.repeat_interleave(z, repeats, 0)
        kl = 0.5 * (ops.exp(logvar) + mu ** 2 - 1 - logvar).sum(axis=1).mean()
        return z_rep, kl


def make():
    np.random.seed(0)
    ms.set_seed(0)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return MixturePriorVAE(), (x,)
