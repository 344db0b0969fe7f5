# case: EMA codebook replaces expired codes with encoder frames using a boolean mask in a three-argument ops.where, the replacement frames taken by a shape-derived slice -> Graph mode keeps all shapes fixed (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CodebookConfig:
    def __init__(self, dim=16, codebook_size=32, threshold_ema_dead_code=2.0, kmeans_init=False):
        self.dim = dim
        self.codebook_size = codebook_size
        self.threshold_ema_dead_code = threshold_ema_dead_code
        self.kmeans_init = kmeans_init


def sample_vectors(samples, num):
    n = samples.shape[0]
    if n >= num:
        return samples[:num]
    reps = (num + n - 1) // n
    return ops.tile(samples, (reps, 1))[:num]


class EMACodebook(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold_ema_dead_code
        self.embed = Parameter(Tensor(np.random.randn(config.codebook_size, config.dim).astype(np.float32)),
                               name="embed", requires_grad=False)
        sizes = np.random.uniform(0.0, 5.0, size=(config.codebook_size,)).astype(np.float32)
        self.cluster_size = Parameter(Tensor(sizes), name="cluster_size", requires_grad=False)

    def expire_codes(self, flat):
        if self.threshold <= 0:
            return self.embed
        expired = (self.cluster_size < self.threshold).reshape(-1, 1)
        candidates = sample_vectors(flat, self.embed.shape[0])
        return ops.where(expired, candidates, self.embed)

    def construct(self, x):
        flat = x.reshape(-1, x.shape[-1])
        if self.training:
            ops.assign(self.embed, self.expire_codes(flat))
        codes = ops.cdist(flat, self.embed).argmin(-1)
        return ops.gather(self.embed, codes, 0).reshape(x.shape), codes.reshape(x.shape[:-1])


def make():
    np.random.seed(35914)
    cb = EMACodebook(CodebookConfig())
    cb.set_train(True)
    latents = Tensor(np.random.randn(2, 30, 16).astype(np.float32))
    return cb, (latents,)
