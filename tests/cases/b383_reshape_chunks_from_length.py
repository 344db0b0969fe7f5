# case: chunked streaming front end reshapes the utterance into chunks whose count is int(length // chunk) read from a lengths tensor, after slicing off the ragged tail -> reshape and slice sizes from data, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHUNK_FRAMES = 8


class ChunkConfig:
    chunk = CHUNK_FRAMES
    feat_dim = 40
    hidden = 16


class ChunkEncoder(nn.Cell):
    def __init__(self, config, **kwargs):
        super().__init__()
        self.chunk = config.chunk
        self.proj = nn.Dense(config.chunk * config.feat_dim, config.hidden, **kwargs)

    def _to_chunks(self, feats, length):
        n_chunks = int(length // self.chunk)
        usable = feats[:n_chunks * self.chunk]
        return usable.reshape(n_chunks, -1)

    def construct(self, feats, length):
        chunks = self._to_chunks(feats, length)
        return ops.tanh(self.proj(chunks))


def make():
    np.random.seed(38320)
    feats = Tensor(np.random.randn(60, 40).astype(np.float32))
    return ChunkEncoder(ChunkConfig(), has_bias=True), (feats, Tensor(45, ms.int32))
