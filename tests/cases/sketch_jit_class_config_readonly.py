# case: @jit_class hyper-parameter object created in __init__ and only read in construct to scale a KL-annealed loss -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SketchHParams:
    def __init__(self, kl_weight=0.5, kl_tolerance=0.2, wkl_start=0.01):
        self.kl_weight = kl_weight
        self.kl_tolerance = kl_tolerance
        self.wkl_start = wkl_start

    def annealed(self, step_frac):
        return self.kl_weight * (1.0 - (1.0 - self.wkl_start) * (1.0 - step_frac))


class SketchRNNLoss(nn.Cell):
    """Total sketch-RNN loss: reconstruction + annealed, floored KL."""

    def __init__(self, step_frac=0.3):
        super().__init__()
        self.hp = SketchHParams()
        self.step_frac = step_frac

    def construct(self, recon, mu, presig):
        kl = -0.5 * (1 + presig - mu ** 2 - ops.exp(presig)).mean()
        kl = ops.maximum(kl, self.hp.kl_tolerance)
        return recon + self.hp.annealed(self.step_frac) * kl


def make():
    np.random.seed(37)
    recon = Tensor(np.float32(1.7))
    mu = Tensor(np.random.randn(2, 4).astype(np.float32))
    presig = Tensor(np.random.randn(2, 4).astype(np.float32))
    return SketchRNNLoss(), (recon, mu, presig)
