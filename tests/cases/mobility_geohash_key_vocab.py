# case: POI embedding builds a string cell key from tensor coordinates and looks it up in a Python dict vocabulary -> compile error at line 8
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cell_key(lat, lon, precision=2):
    return str(round(float(lat), precision)) + ":" + str(round(float(lon), precision))


class CellVocabEmbedding(nn.Cell):
    """Maps a (lat, lon) fix to a coarse cell token and embeds it (unknown -> 0)."""

    def __init__(self, vocab=None, dim=8, precision=2):
        super().__init__()
        self.vocab = vocab if vocab is not None else {"39.9:116.3": 1, "39.91:116.31": 2}
        self.precision = precision
        self.emb = nn.Embedding(len(self.vocab) + 1, dim)

    def construct(self, lat, lon):
        key = cell_key(lat, lon, self.precision)
        idx = self.vocab.get(key, 0)
        return self.emb(Tensor([idx], ms.int32))


class PoiTypeClassifier(nn.Cell):
    def __init__(self, n_types=4, dim=8):
        super().__init__()
        self.cell_emb = CellVocabEmbedding(dim=dim)
        self.fc = nn.Dense(dim, n_types)

    def construct(self, lat, lon):
        return self.fc(self.cell_emb(lat, lon))


def make():
    return PoiTypeClassifier(), (Tensor(39.9012, ms.float32), Tensor(116.2991, ms.float32))
