# case: codec model with return_dict=True by default wraps audio codes and reconstructed audio in a plain Python EncodecOutput class built in construct -> Graph mode may refuse to create and return a plain class instance (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodecConfig:
    def __init__(self, channels=8, latent_dim=16, stride=4, use_return_dict=True):
        self.channels = channels
        self.latent_dim = latent_dim
        self.stride = stride
        self.use_return_dict = use_return_dict


class EncodecOutput:
    def __init__(self, audio_codes=None, audio_values=None):
        self.audio_codes = audio_codes
        self.audio_values = audio_values


class TinyCodec(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_return_dict = config.use_return_dict
        self.encoder = nn.Conv1d(1, config.latent_dim, config.stride * 2, stride=config.stride,
                                 pad_mode="same", has_bias=True)
        self.decoder = nn.Conv1dTranspose(config.latent_dim, 1, config.stride * 2, stride=config.stride,
                                          pad_mode="same", has_bias=True)
        self.codebook = ms.Parameter(Tensor(np.random.randn(32, config.latent_dim).astype(np.float32)), name="codebook")

    def construct(self, input_values, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        z = self.encoder(input_values).transpose(0, 2, 1)
        codes = ops.matmul(z, self.codebook.T).argmax(-1)
        q = ops.gather(self.codebook, codes, 0).transpose(0, 2, 1)
        audio = self.decoder(q)
        if not return_dict:
            return (codes, audio)
        return EncodecOutput(audio_codes=codes, audio_values=audio)


def make():
    np.random.seed(35915)
    model = TinyCodec(CodecConfig())
    wav = Tensor(np.random.randn(2, 1, 256).astype(np.float32))
    return model, (wav,)
