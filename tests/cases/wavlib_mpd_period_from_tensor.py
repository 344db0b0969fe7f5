# case: period discriminator with period augmentation: the fold period arrives as a tensor and is turned into a reshape size -> Graph mode cannot reshape by a data-dependent period (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscConfig:
    def __init__(self, channels=8, random_period=True):
        self.channels = channels
        self.random_period = random_period


def fold_by_period(x, period):
    b, c, t = x.shape
    n_pad = (period - t % period) % period
    x = ops.pad(x, (0, n_pad))
    return x.reshape(b, c, -1, period)


class AugmentedDiscriminatorP(nn.Cell):
    def __init__(self, config, default_period=3):
        super().__init__()
        self.random_period = config.random_period
        self.default_period = default_period
        self.conv = nn.Conv2d(1, config.channels, (5, 1), stride=(3, 1), pad_mode="pad",
                              padding=(2, 2, 0, 0), has_bias=True)
        self.post = nn.Conv2d(config.channels, 1, (3, 1), pad_mode="pad", padding=(1, 1, 0, 0), has_bias=True)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x, period=None):
        if self.random_period and period is not None:
            p = int(period)
        else:
            p = self.default_period
        h = fold_by_period(x, p)
        h = self.act(self.conv(h))
        return ops.flatten(self.post(h), start_dim=1)


def make():
    np.random.seed(3599)
    disc = AugmentedDiscriminatorP(DiscConfig())
    wav = Tensor(np.random.randn(2, 1, 512).astype(np.float32))
    period = Tensor(np.array(5, dtype=np.int32))
    return disc, (wav, period)
