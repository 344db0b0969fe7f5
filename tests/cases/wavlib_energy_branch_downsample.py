# case: adaptive-rate encoder halves the frame rate (strided slice) when the mean frame energy of the input is low, deciding with an if on a tensor comparison -> Graph mode gets branches returning different shapes (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveConfig:
    def __init__(self, latent_dim=16, hop=4, low_energy_threshold=0.01, adaptive_rate=True):
        self.latent_dim = latent_dim
        self.hop = hop
        self.low_energy_threshold = low_energy_threshold
        self.adaptive_rate = adaptive_rate


class AdaptiveRateEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.low_energy_threshold
        self.adaptive_rate = config.adaptive_rate
        self.encoder = nn.Conv1d(1, config.latent_dim, config.hop * 2, stride=config.hop,
                                 pad_mode="same", has_bias=True)

    def _maybe_reduce_rate(self, z, wav):
        energy = (wav * wav).mean()
        if energy < self.threshold:
            z = z[:, :, ::2]
        return z

    def construct(self, wav):
        z = self.encoder(wav)
        if self.adaptive_rate:
            z = self._maybe_reduce_rate(z, wav)
        return z


def make():
    np.random.seed(35938)
    enc = AdaptiveRateEncoder(AdaptiveConfig())
    wav = Tensor((np.random.randn(1, 1, 256) * 0.05).astype(np.float32))
    return enc, (wav,)
