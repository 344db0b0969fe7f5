# case: @ms.jit Burgess beta-VAE loss with a linearly increasing KL capacity from Python float step arguments and config constants -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

GAMMA = 100.0
C_MAX = 25.0
C_STOP_ITER = 1000


def capacity(step, c_max=C_MAX, stop=C_STOP_ITER):
    return min(c_max, c_max * step / stop)


@ms.jit
def beta_vae_loss(recon, x, mu, logvar, step=200, reduction="mean"):
    rec = ((recon - x) ** 2).sum(axis=1)
    kl = -0.5 * (1 + logvar - mu ** 2 - ops.exp(logvar)).sum(axis=1)
    c = capacity(step)
    loss = rec + GAMMA * ops.abs(kl - c)
    if reduction == "mean":
        return loss.mean()
    return loss.sum()


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    recon = Tensor(np.random.randn(4, 6).astype(np.float32))
    mu = Tensor(np.random.randn(4, 3).astype(np.float32))
    logvar = Tensor(np.random.randn(4, 3).astype(np.float32) * 0.1)
    return beta_vae_loss, (recon, x, mu, logvar, 300)
