# case: codec decoder trims the reconstructed waveform back to the original number of samples read from a length tensor with .item() in a helper -> Graph mode cannot slice at a data-dependent length (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, latent_dim=16, hop=4, trim_output=True):
        self.latent_dim = latent_dim
        self.hop = hop
        self.trim_output = trim_output


class CodecDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_output = config.trim_output
        self.upsample = nn.Conv1dTranspose(config.latent_dim, 8, config.hop * 2, stride=config.hop,
                                           pad_mode="same", has_bias=True)
        self.out_proj = nn.Conv1d(8, 1, 7, pad_mode="same", has_bias=True)
        self.act = nn.ELU()

    def _trim(self, wav, length):
        n = length.item()
        return wav[..., :n]

    def construct(self, latents, length=None):
        wav = self.out_proj(self.act(self.upsample(latents)))
        if self.trim_output and length is not None:
            wav = self._trim(wav, length)
        return ops.tanh(wav)


def make():
    np.random.seed(3596)
    dec = CodecDecoder(DecoderConfig())
    latents = Tensor(np.random.randn(1, 16, 40).astype(np.float32))
    length = Tensor(np.array(150, dtype=np.int32))
    return dec, (latents, length)
