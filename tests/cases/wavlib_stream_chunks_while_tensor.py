# case: streaming encoder walks over the waveform in fixed chunks with a while loop whose stop condition compares an offset with a length tensor, collecting encoded chunks in a list -> Graph mode cannot unroll a data-dependent loop that grows a list (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    def __init__(self, latent_dim=16, hop=4, chunk_size=64):
        self.latent_dim = latent_dim
        self.hop = hop
        self.chunk_size = chunk_size


class ChunkedEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.chunk_size = config.chunk_size
        self.encoder = nn.Conv1d(1, config.latent_dim, config.hop * 2, stride=config.hop,
                                 pad_mode="same", has_bias=True)

    def encode_chunk(self, chunk):
        return ops.tanh(self.encoder(chunk))

    def construct(self, wav, num_samples):
        frames = []
        offset = 0
        while offset < num_samples:
            chunk = wav[:, :, offset:offset + self.chunk_size]
            frames.append(self.encode_chunk(chunk))
            offset = offset + self.chunk_size
        return ops.concat(frames, axis=-1)


def make():
    np.random.seed(35923)
    enc = ChunkedEncoder(StreamConfig())
    wav = Tensor(np.random.randn(1, 1, 256).astype(np.float32))
    num_samples = Tensor(np.array(192, dtype=np.int32))
    return enc, (wav, num_samples)
