# case: codec encoder zeroes silent frames by multiplying the latents with a float voiced mask derived from frame energy, keeping every frame -> Graph mode keeps static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ENERGY_FLOOR_DB = -30.0


class EncoderConfig:
    def __init__(self, latent_dim=16, hop=4, drop_silence=True):
        self.latent_dim = latent_dim
        self.hop = hop
        self.drop_silence = drop_silence


def frame_energy_db(wav, hop):
    b, _, t = wav.shape
    frames = wav.reshape(b, t // hop, hop)
    return 10.0 * ops.log10((frames * frames).mean(-1) + 1e-8)


class SilenceAwareEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hop = config.hop
        self.drop_silence = config.drop_silence
        self.encoder = nn.Conv1d(1, config.latent_dim, config.hop * 2, stride=config.hop,
                                 pad_mode="same", has_bias=True)

    def construct(self, wav):
        z = self.encoder(wav)
        if self.drop_silence:
            voiced = (frame_energy_db(wav, self.hop) > ENERGY_FLOOR_DB).astype(z.dtype)
            z = z * voiced[:, None, :]
            return z, voiced.sum(-1)
        return z, ops.full((z.shape[0],), z.shape[-1], dtype=z.dtype)


def make():
    np.random.seed(35922)
    enc = SilenceAwareEncoder(EncoderConfig())
    wav = np.random.randn(2, 1, 256).astype(np.float32) * 0.1
    wav[..., 64:160] *= 1e-3
    return enc, (Tensor(wav),)
