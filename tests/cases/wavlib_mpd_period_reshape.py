# case: HiFi-GAN multi-period discriminator pads each waveform to a multiple of its period (from x.shape) and folds it to 2-D, looping zip(periods, CellList) -> Graph mode sees only shape arithmetic (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_PERIODS = (2, 3, 5)


class DiscConfig:
    def __init__(self, periods=DEFAULT_PERIODS, channels=8, use_spectral_norm=False):
        self.periods = periods
        self.channels = channels
        self.use_spectral_norm = use_spectral_norm


class DiscriminatorP(nn.Cell):
    def __init__(self, period, channels):
        super().__init__()
        self.period = period
        self.convs = nn.CellList([
            nn.Conv2d(1, channels, (5, 1), stride=(3, 1), pad_mode="pad", padding=(2, 2, 0, 0), has_bias=True),
            nn.Conv2d(channels, channels, (5, 1), stride=(3, 1), pad_mode="pad", padding=(2, 2, 0, 0), has_bias=True),
        ])
        self.post = nn.Conv2d(channels, 1, (3, 1), pad_mode="pad", padding=(1, 1, 0, 0), has_bias=True)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        b, c, t = x.shape
        if t % self.period != 0:
            n_pad = self.period - (t % self.period)
            x = ops.pad(x, (0, n_pad), mode="reflect")
            t = t + n_pad
        x = x.reshape(b, c, t // self.period, self.period)
        fmap = []
        for conv in self.convs:
            x = self.act(conv(x))
            fmap.append(x)
        x = self.post(x)
        fmap.append(x)
        return ops.flatten(x, start_dim=1), fmap


class MultiPeriodDiscriminator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.periods = tuple(config.periods)
        self.discriminators = nn.CellList([DiscriminatorP(p, config.channels) for p in self.periods])

    def construct(self, y):
        scores, fmaps = [], []
        for period, disc in zip(self.periods, self.discriminators):
            score, fmap = disc(y)
            scores.append(score)
            fmaps.append(fmap[-1])
        return tuple(scores), tuple(fmaps)


def make():
    np.random.seed(3598)
    mpd = MultiPeriodDiscriminator(DiscConfig())
    wav = Tensor(np.random.randn(2, 1, 512).astype(np.float32))
    return mpd, (wav,)
