# case: multi-speaker embedding falls back to a mean speaker vector via try/except inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerEmbedding(nn.Cell):
    def __init__(self, n_speakers=4, dim=16, use_fallback=True):
        super().__init__()
        self.table = nn.Embedding(n_speakers, dim)
        self.n_speakers = n_speakers
        self.use_fallback = use_fallback

    def _mean_speaker(self, batch):
        mean = self.table.embedding_table.mean(0, keep_dims=True)
        return ops.tile(mean, (batch, 1))


class MultiSpeakerEncoder(nn.Cell):
    def __init__(self, vocab=20, dim=16, n_speakers=4):
        super().__init__()
        self.phone_emb = nn.Embedding(vocab, dim)
        self.spk = SpeakerEmbedding(n_speakers, dim)

    def construct(self, phonemes, speaker_ids):
        x = self.phone_emb(phonemes)
        try:
            s = self.spk.table(speaker_ids)
        except IndexError:
            s = self.spk._mean_speaker(x.shape[0])
        return x + s.expand_dims(1)


def make():
    np.random.seed(16)
    ph = Tensor(np.random.randint(0, 20, (2, 6)).astype(np.int32))
    spk = Tensor(np.array([1, 3], dtype=np.int32))
    return MultiSpeakerEncoder(), (ph, spk)
