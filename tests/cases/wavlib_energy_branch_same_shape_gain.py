# case: loudness-normalising codec front end applies a boost gain only when the input RMS is below a target, an if on a tensor comparison whose branches keep the waveform shape -> Graph mode turns it into control flow with matching shapes (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontEndConfig:
    def __init__(self, latent_dim=16, hop=4, target_rms=0.1, max_gain=10.0):
        self.latent_dim = latent_dim
        self.hop = hop
        self.target_rms = target_rms
        self.max_gain = max_gain


class LoudnessFrontEnd(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target_rms = config.target_rms
        self.max_gain = config.max_gain
        self.encoder = nn.Conv1d(1, config.latent_dim, config.hop * 2, stride=config.hop,
                                 pad_mode="same", has_bias=True)

    def _normalize(self, wav):
        rms = ops.sqrt((wav * wav).mean(axis=-1, keep_dims=True) + 1e-8)
        if rms.mean() < self.target_rms:
            gain = ops.clamp(self.target_rms / rms, max=self.max_gain)
            wav = wav * gain
        else:
            gain = ops.ones_like(rms)
        return wav, gain

    def construct(self, wav):
        wav, gain = self._normalize(wav)
        return self.encoder(wav), gain


def make():
    np.random.seed(35939)
    fe = LoudnessFrontEnd(FrontEndConfig())
    wav = Tensor((np.random.randn(2, 1, 256) * 0.02).astype(np.float32))
    return fe, (wav,)
