# case: chord recognition head that reports the distinct chords used in a song via ops.unique -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChromaEncoder(nn.Cell):
    def __init__(self, n_chroma=12, hidden=32, context=5):
        super().__init__()
        self.conv = nn.Conv1d(n_chroma, hidden, context, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, chroma):
        return self.act(self.conv(chroma))


class ChordVocabularyAnalyzer(nn.Cell):
    def __init__(self, n_chords=25, hidden=32):
        super().__init__()
        self.encoder = ChromaEncoder(hidden=hidden)
        self.classifier = nn.Dense(hidden, n_chords)
        self.n_chords = n_chords

    def chord_sequence(self, chroma):
        h = self.encoder(chroma).transpose(0, 2, 1)
        return ops.argmax(self.classifier(h), dim=-1)

    def construct(self, chroma):
        seq = self.chord_sequence(chroma)
        flat = seq.reshape(-1)
        used, _ = ops.unique(flat)
        n_used = used.shape[0]
        histogram = ops.zeros(self.n_chords, ms.float32)
        histogram = ops.tensor_scatter_add(histogram, flat.expand_dims(-1), ops.ones_like(flat).astype(ms.float32))
        return seq, histogram / flat.shape[0], n_used


def make():
    np.random.seed(18)
    chroma = Tensor(np.random.rand(1, 12, 30).astype(np.float32))
    return ChordVocabularyAnalyzer(), (chroma,)
