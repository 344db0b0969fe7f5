# case: multi-speaker embedding table deduplicates speaker ids in the batch with ops.unique before lookup and scatters back -> dynamic (unique output size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerConfig:
    def __init__(self, n_speakers=8, speaker_dim=16, hidden_size=16, dedup_lookup=True):
        self.n_speakers = n_speakers
        self.speaker_dim = speaker_dim
        self.hidden_size = hidden_size
        self.dedup_lookup = dedup_lookup


class SpeakerEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.table = nn.Embedding(config.n_speakers, config.speaker_dim)
        self.proj = nn.Dense(config.speaker_dim, config.hidden_size)
        self.dedup_lookup = config.dedup_lookup

    def _lookup(self, speaker_ids):
        if self.dedup_lookup:
            uniq, inverse = ops.unique(speaker_ids)
            emb = self.proj(self.table(uniq))
            return ops.gather(emb, inverse, 0)
        return self.proj(self.table(speaker_ids))

    def construct(self, hidden, speaker_ids):
        spk = self._lookup(speaker_ids)
        return hidden + spk.expand_dims(1)


def make():
    np.random.seed(19)
    cfg = SpeakerConfig()
    hidden = Tensor(np.random.randn(4, 10, cfg.hidden_size).astype(np.float32))
    ids = Tensor(np.array([3, 1, 3, 5], dtype=np.int32))
    return SpeakerEmbedding(cfg), (hidden, ids)
