# case: codec encoder accepts either a batched waveform tensor or a tuple of equal-length mono waveforms, stacking the tuple under an isinstance guard, with an Optional padding mask -> Graph mode resolves the guards at compile time (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, latent_dim=16, strides=(2, 4), channels=8, normalize=True):
        self.latent_dim = latent_dim
        self.strides = strides
        self.channels = channels
        self.normalize = normalize


class StridedEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.normalize = config.normalize
        chans = [1] + [config.channels] * len(config.strides)
        self.blocks = nn.CellList([nn.Conv1d(cin, cout, s * 2, stride=s, pad_mode="same", has_bias=True)
                                   for cin, cout, s in zip(chans[:-1], chans[1:], config.strides)])
        self.proj = nn.Conv1d(config.channels, config.latent_dim, 3, pad_mode="same", has_bias=True)
        self.act = nn.ELU()

    def _prepare(self, audio):
        if isinstance(audio, (list, tuple)):
            audio = ops.stack(audio, axis=0)
        if audio.ndim == 2:
            audio = audio.expand_dims(1)
        return audio

    def construct(self, audio, padding_mask=None):
        x = self._prepare(audio)
        if padding_mask is not None:
            x = x * padding_mask.expand_dims(1)
        if self.normalize:
            scale = ops.sqrt((x * x).mean(axis=-1, keep_dims=True)) + 1e-8
            x = x / scale
        for block in self.blocks:
            x = self.act(block(x))
        return self.proj(x)


def make():
    np.random.seed(35934)
    enc = StridedEncoder(EncoderConfig())
    waves = tuple(Tensor(np.random.randn(256).astype(np.float32)) for _ in range(3))
    return enc, (waves,)
