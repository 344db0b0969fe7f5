# case: streaming encoder splits the waveform into chunks with for i in range(n_chunks) where n_chunks comes from x.shape and the config chunk size, collecting chunks in a list -> Graph mode unrolls a constant-count loop (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    def __init__(self, latent_dim=16, hop=4, chunk_size=64, overlap=0):
        self.latent_dim = latent_dim
        self.hop = hop
        self.chunk_size = chunk_size
        self.overlap = overlap


class ChunkedEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.chunk_size = config.chunk_size
        self.stride = config.chunk_size - config.overlap
        self.encoder = nn.Conv1d(1, config.latent_dim, config.hop * 2, stride=config.hop,
                                 pad_mode="same", has_bias=True)

    def encode_chunk(self, chunk):
        return ops.tanh(self.encoder(chunk))

    def construct(self, wav, scale=None):
        n_chunks = max(1, (wav.shape[-1] - self.chunk_size) // self.stride + 1)
        frames = [self.encode_chunk(wav[:, :, i * self.stride:i * self.stride + self.chunk_size])
                  for i in range(n_chunks)]
        out = ops.concat(frames, axis=-1)
        if scale is not None:
            out = out * scale
        return out


def make():
    np.random.seed(35924)
    enc = ChunkedEncoder(StreamConfig())
    wav = Tensor(np.random.randn(1, 1, 256).astype(np.float32))
    return enc, (wav,)
