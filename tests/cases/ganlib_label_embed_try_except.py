# case: conditional BigGAN-style generator wraps the shared class embedding lookup in try/except to fall back to an unconditional zero embedding -> try statement in construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BigGANConfig:
    z_dim = 16
    shared_dim = 8
    num_classes = 10
    ch = 8


class ConditionalBN(nn.Cell):
    def __init__(self, channels, cond_dim):
        super().__init__()
        self.bn = nn.BatchNorm2d(channels, affine=False)
        self.gain = nn.Dense(cond_dim, channels)
        self.bias = nn.Dense(cond_dim, channels)

    def construct(self, x, y):
        g = 1 + self.gain(y).reshape(y.shape[0], -1, 1, 1)
        b = self.bias(y).reshape(y.shape[0], -1, 1, 1)
        return self.bn(x) * g + b


class BigGANHead(nn.Cell):
    def __init__(self, config=BigGANConfig()):
        super().__init__()
        self.ch = config.ch
        self.shared_dim = config.shared_dim
        self.shared = nn.Embedding(config.num_classes, config.shared_dim)
        self.linear = nn.Dense(config.z_dim, config.ch * 16)
        self.cbn = ConditionalBN(config.ch, config.shared_dim + config.z_dim)

    def _embed(self, y, batch):
        try:
            return self.shared(y)
        except (TypeError, ValueError):
            return ops.zeros((batch, self.shared_dim), ms.float32)

    def construct(self, z, y):
        cond = ops.concat((self._embed(y, z.shape[0]), z), axis=1)
        h = self.linear(z).reshape(z.shape[0], self.ch, 4, 4)
        return ops.relu(self.cbn(h, cond))


def make():
    np.random.seed(3563)
    net = BigGANHead()
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    y = Tensor(np.array([3, 7], np.int32))
    return net, (z, y)
