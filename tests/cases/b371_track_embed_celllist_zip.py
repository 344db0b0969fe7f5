# case: multitrack encoder sums per-track instrument embeddings by zipping the track tensors with an nn.CellList of embedding tables and enumerate for the track-type bias -> loop over Python-sized CellList, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class MultiTrackConfig:
    def __init__(self, track_vocab_sizes=(130, 130, 90), d_model=24, use_track_bias=True):
        self.track_vocab_sizes = track_vocab_sizes
        self.d_model = d_model
        self.use_track_bias = use_track_bias

class InstrumentEmbedding(nn.Embedding):
    def __init__(self, vocab, dim, scale=1.0):
        super().__init__(vocab, dim)
        self.scale = scale

    def construct(self, ids):
        return super().construct(ids) * self.scale

class MultiTrackEmbedder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tables = nn.CellList([InstrumentEmbedding(v, config.d_model, config.d_model ** 0.5)
                                   for v in config.track_vocab_sizes])
        self.use_track_bias = config.use_track_bias
        self.track_bias = ms.Parameter(Tensor(np.zeros((len(config.track_vocab_sizes), config.d_model), np.float32)),
                                       name="track_bias")

    def construct(self, *tracks):
        h = 0
        for i, (table, ids) in enumerate(zip(self.tables, tracks)):
            e = table(ids)
            if self.use_track_bias:
                e = e + self.track_bias[i]
            h = h + e
        return h

def make():
    np.random.seed(3719)
    emb = MultiTrackEmbedder(MultiTrackConfig())
    tracks = tuple(Tensor(np.random.randint(0, v, size=(2, 16)).astype(np.int32)) for v in (130, 130, 90))
    return emb, tracks
