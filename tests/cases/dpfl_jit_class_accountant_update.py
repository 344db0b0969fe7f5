# case: @ms.jit_class RDP accountant instance stored on the Cell and its Python float attribute incremented in construct -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RDPAccountant:
    def __init__(self, noise_multiplier, sample_rate):
        self.noise_multiplier = noise_multiplier
        self.sample_rate = sample_rate
        self.rdp = 0.0

    def step(self):
        self.rdp = self.rdp + self.sample_rate ** 2 / (self.noise_multiplier ** 2)
        return self.rdp


class NoisySGDStep(nn.Cell):
    def __init__(self, lr=0.05, noise_multiplier=1.0, sample_rate=0.1, seed=3):
        super().__init__()
        self.lr = lr
        self.sigma = noise_multiplier
        self.accountant = RDPAccountant(noise_multiplier, sample_rate)
        self.normal = ops.StandardNormal(seed=seed)

    def construct(self, w, clipped_grad_sum, batch_size):
        noise = self.normal(w.shape) * self.sigma
        g = (clipped_grad_sum + noise) / batch_size
        rdp = self.accountant.step()
        return w - self.lr * g, rdp


def make():
    np.random.seed(15)
    w = Tensor(np.random.randn(2, 3).astype(np.float32))
    g = Tensor(np.random.randn(2, 3).astype(np.float32))
    return NoisySGDStep(), (w, g, Tensor(16.0, ms.float32))
