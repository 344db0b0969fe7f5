# case: HiFi-GAN multi-scale discriminator downsamples the waveform with AvgPool1d before every scale but the first, using enumerate over an nn.CellList and an optional generated waveform -> Graph mode unrolls the loop (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MSDConfig:
    def __init__(self, num_scales=3, channels=8, return_fmaps=True):
        self.num_scales = num_scales
        self.channels = channels
        self.return_fmaps = return_fmaps


class DiscriminatorS(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.layers = nn.CellList([
            nn.Conv1d(1, channels, 15, pad_mode="same", has_bias=True),
            nn.Conv1d(channels, channels, 41, stride=4, group=4, pad_mode="same", has_bias=True),
            nn.Conv1d(channels, channels, 5, pad_mode="same", has_bias=True),
        ])
        self.post = nn.Conv1d(channels, 1, 3, pad_mode="same", has_bias=True)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        fmap = []
        for layer in self.layers:
            x = self.act(layer(x))
            fmap.append(x)
        x = self.post(x)
        fmap.append(x)
        return ops.flatten(x, start_dim=1), fmap


class MultiScaleDiscriminator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_fmaps = config.return_fmaps
        self.discriminators = nn.CellList([DiscriminatorS(config.channels) for _ in range(config.num_scales)])
        self.pool = nn.AvgPool1d(kernel_size=4, stride=2, pad_mode="same")

    def construct(self, y, y_hat=None):
        outputs = []
        for i, disc in enumerate(self.discriminators):
            if i > 0:
                y = self.pool(y)
                if y_hat is not None:
                    y_hat = self.pool(y_hat)
            score_r, fmap_r = disc(y)
            if y_hat is not None:
                score_g, fmap_g = disc(y_hat)
                outputs.append((score_r, score_g) + ((fmap_r, fmap_g) if self.return_fmaps else ()))
            else:
                outputs.append((score_r,))
        return tuple(outputs)


def make():
    np.random.seed(35910)
    msd = MultiScaleDiscriminator(MSDConfig())
    real = Tensor(np.random.randn(2, 1, 256).astype(np.float32))
    fake = Tensor(np.random.randn(2, 1, 256).astype(np.float32))
    return msd, (real, fake)
