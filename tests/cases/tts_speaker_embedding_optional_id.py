# case: acoustic model adds a speaker embedding only when speaker_id is not None (default None) and an optional global style vector -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerAdapter(nn.Cell):
    def __init__(self, n_speakers=6, hidden=16, style_dim=None):
        super().__init__()
        self.spk = nn.Embedding(n_speakers, hidden)
        self.style_proj = nn.Dense(style_dim, hidden) if style_dim is not None else None

    def construct(self, x, speaker_id=None, style=None):
        if speaker_id is not None:
            x = x + self.spk(speaker_id).expand_dims(1)
        if style is not None and self.style_proj is not None:
            x = x + self.style_proj(style).expand_dims(1)
        return x


class FastSpeechEncoderBlock(nn.Cell):
    def __init__(self, vocab=24, hidden=16, n_speakers=6):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.ff = nn.SequentialCell([nn.Dense(hidden, hidden * 2), nn.GELU(), nn.Dense(hidden * 2, hidden)])
        self.norm = nn.LayerNorm((hidden,))
        self.adapter = SpeakerAdapter(n_speakers, hidden)

    def construct(self, tokens, speaker_id=None):
        x = self.emb(tokens)
        x = self.norm(x + self.ff(x))
        return self.adapter(x, speaker_id)


def make():
    np.random.seed(26)
    tok = Tensor(np.random.randint(0, 24, (2, 5)).astype(np.int32))
    return FastSpeechEncoderBlock(), (tok, Tensor(np.array([0, 4], np.int32)))
