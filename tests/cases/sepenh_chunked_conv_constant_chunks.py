# case: splits the waveform into a fixed number of chunks given in the constructor, encodes each with a shared Conv1d and concatenates -> constant loop and static slices, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkedEncoder(nn.Cell):
    def __init__(self, num_chunks=4, channels=8, kernel=4):
        super().__init__()
        self.num_chunks = num_chunks
        self.encoder = nn.Conv1d(1, channels, kernel, stride=kernel // 2, pad_mode="valid", has_bias=True)
        self.mask = nn.Conv1d(channels, channels, 1, has_bias=True)

    def construct(self, wave):
        # wave: (batch, samples)
        chunk_len = wave.shape[-1] // self.num_chunks
        feats = []
        for c in range(self.num_chunks):
            piece = wave[:, c * chunk_len:(c + 1) * chunk_len].expand_dims(1)
            enc = ops.relu(self.encoder(piece))
            feats.append(enc * ops.sigmoid(self.mask(enc)))
        return ops.concat(feats, axis=-1)


def make():
    np.random.seed(28)
    wave = np.random.randn(2, 64).astype(np.float32)
    return ChunkedEncoder(), (Tensor(wave),)
