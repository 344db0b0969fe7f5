# case: SimCLR training cell that logs alignment/uniformity stats with print of an f-string formatting Tensor values via float() when config.verbose is on -> Graph mode rejects float() of a Tensor in the f-string
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainConfig:
    def __init__(self, dim=8, temperature=0.2, verbose=True, log_every=1):
        self.dim = dim
        self.temperature = temperature
        self.verbose = verbose
        self.log_every = log_every


def alignment(z1, z2):
    return ((z1 - z2) ** 2).sum(axis=1).mean()


def uniformity(z, t=2.0):
    sq = ((z.expand_dims(0) - z.expand_dims(1)) ** 2).sum(-1)
    return ops.log(ops.exp(-t * sq).mean())


class SimCLRStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.dim, config.dim)
        self.t = config.temperature
        self.verbose = config.verbose

    def _log(self, name, value):
        if self.verbose:
            print(f"[simclr] {name}={float(value):.4f}")

    def construct(self, x1, x2):
        z1 = ops.L2Normalize(axis=-1)(self.proj(x1))
        z2 = ops.L2Normalize(axis=-1)(self.proj(x2))
        logits = ops.matmul(z1, z2.T) / self.t
        labels = ops.arange(z1.shape[0], dtype=ms.int32)
        loss = ops.cross_entropy(logits, labels)
        self._log("align", alignment(z1, z2))
        self._log("uniform", uniformity(z1))
        return loss


def make():
    np.random.seed(3686)
    cfg = TrainConfig()
    x1 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    x2 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    return SimCLRStep(cfg), (x1, x2)
