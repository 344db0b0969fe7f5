# case: Gaussian mechanism adds noise scaled by noise_multiplier * clip_norm / batch to summed clipped grads -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianMechanism(nn.Cell):
    def __init__(self, noise_multiplier=1.1, clip_norm=1.0, seed=7, enabled=True):
        super().__init__()
        self.noise_multiplier = noise_multiplier
        self.clip_norm = clip_norm
        self.enabled = enabled
        self.normal = ops.StandardNormal(seed=seed, seed2=seed + 1)

    def _noise_like(self, x):
        std = self.noise_multiplier * self.clip_norm
        return self.normal(x.shape) * std

    def construct(self, summed_grad, batch_size):
        if self.enabled:
            noisy = summed_grad + self._noise_like(summed_grad)
        else:
            noisy = summed_grad
        return noisy / batch_size


class DPStep(nn.Cell):
    def __init__(self, lr=0.1):
        super().__init__()
        self.mech = GaussianMechanism()
        self.lr = lr

    def construct(self, weight, summed_grad, batch_size):
        return weight - self.lr * self.mech(summed_grad, batch_size)


def make():
    np.random.seed(2)
    w = Tensor(np.random.randn(5, 3).astype(np.float32))
    g = Tensor(np.random.randn(5, 3).astype(np.float32))
    return DPStep(), (w, g, Tensor(8.0, ms.float32))
