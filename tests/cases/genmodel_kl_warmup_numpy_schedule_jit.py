# case: jit-compiled beta-VAE loss computing its KL warm-up weight with numpy on the step tensor -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

WARMUP_STEPS = 1000
MAX_BETA = 4.0


def kl_divergence(mu, logvar):
    return -0.5 * (1 + logvar - mu ** 2 - ops.exp(logvar)).sum(axis=1).mean()


@ms.jit
def beta_vae_loss(recon, target, mu, logvar, step):
    rec = ((recon - target) ** 2).sum(axis=1).mean()
    beta = MAX_BETA * np.clip(step / WARMUP_STEPS, 0.0, 1.0)
    return rec + beta * kl_divergence(mu, logvar)


def make():
    np.random.seed(0)
    recon = Tensor(np.random.rand(4, 10).astype(np.float32))
    target = Tensor(np.random.rand(4, 10).astype(np.float32))
    mu = Tensor(np.random.randn(4, 3).astype(np.float32))
    logvar = Tensor(np.random.randn(4, 3).astype(np.float32) * 0.1)
    return beta_vae_loss, (recon, target, mu, logvar, Tensor(250.0, ms.float32))
