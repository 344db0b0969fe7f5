# case: Glow-style sampling with a Python float temperature argument, fixed latent shape from constructor config, inverse through two affine layers -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FlowConfig:
    def __init__(self, channels=4, height=4, width=4, n_layers=2):
        self.channels = channels
        self.height = height
        self.width = width
        self.n_layers = n_layers


class InvAffine(nn.Cell):
    def __init__(self, c, idx):
        super().__init__()
        self.logs = Parameter(Tensor(0.1 * np.random.randn(1, c, 1, 1).astype(np.float32)), name="logs%d" % idx)
        self.b = Parameter(Tensor(0.1 * np.random.randn(1, c, 1, 1).astype(np.float32)), name="b%d" % idx)

    def reverse(self, y):
        return (y - self.b) * ops.exp(-self.logs)


class FlowSampler(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.shape = (cfg.channels, cfg.height, cfg.width)
        self.layers = nn.CellList([InvAffine(cfg.channels, i) for i in range(cfg.n_layers)])

    def construct(self, n_samples, temperature=1.0):
        z = ops.standard_normal((n_samples,) + self.shape) * temperature
        for i in range(len(self.layers) - 1, -1, -1):
            z = self.layers[i].reverse(z)
        return ops.sigmoid(z)


def make():
    np.random.seed(13)
    return FlowSampler(FlowConfig()), (3, 0.6)
