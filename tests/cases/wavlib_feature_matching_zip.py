# case: GAN feature-matching loss walks zip() over per-discriminator lists of real and generated feature maps with an isinstance(list, tuple) guard, weights from the config -> Graph mode unrolls constant-length lists (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, channels=(4, 8), fm_weight=2.0, normalize_by_layers=True):
        self.channels = channels
        self.fm_weight = fm_weight
        self.normalize_by_layers = normalize_by_layers


class FeatureDisc(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        chans = (1,) + tuple(channels)
        self.layers = nn.CellList([nn.Conv1d(cin, cout, 5, stride=2, pad_mode="same", has_bias=True)
                                   for cin, cout in zip(chans[:-1], chans[1:])])
        self.act = nn.LeakyReLU(0.2)

    def construct(self, x):
        fmap = []
        for layer in self.layers:
            x = self.act(layer(x))
            fmap.append(x)
        return fmap


def _as_list(maps):
    return list(maps) if isinstance(maps, (list, tuple)) else [maps]


class FeatureMatchingLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.disc = FeatureDisc(config.channels)
        self.fm_weight = config.fm_weight
        self.normalize = config.normalize_by_layers

    def construct(self, real, fake):
        fmap_r = _as_list(self.disc(real))
        fmap_g = _as_list(self.disc(fake))
        loss = ops.zeros((), ms.float32)
        for dr, dg in zip(fmap_r, fmap_g):
            loss = loss + ops.abs(ops.stop_gradient(dr) - dg).mean()
        if self.normalize:
            loss = loss / len(fmap_r)
        return loss * self.fm_weight


def make():
    np.random.seed(35927)
    fm = FeatureMatchingLoss(LossConfig())
    real = Tensor(np.random.randn(2, 1, 128).astype(np.float32))
    fake = Tensor(np.random.randn(2, 1, 128).astype(np.float32))
    return fm, (real, fake)
