# case: decode the dosing-frequency field of a tokenised prescription, wrapping the lookup in try/except to fall back to once daily -> graph mode rejects try in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FREQ_PER_DAY = (1.0, 2.0, 3.0, 4.0, 6.0)


class FrequencyDecoder(nn.Cell):
    def __init__(self, vocab=50, dim=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.cls = nn.Dense(dim, len(FREQ_PER_DAY))
        self.freq = Tensor(np.array(FREQ_PER_DAY, np.float32))

    def construct(self, tokens, strength_mg):
        h = self.emb(tokens).mean(axis=1)
        logits = self.cls(h)
        try:
            idx = ops.argmax(logits, dim=1)
            per_day = ops.gather(self.freq, idx, 0)
        except IndexError:
            per_day = ops.ones_like(strength_mg)
        return strength_mg * per_day


def make():
    np.random.seed(131)
    tokens = Tensor(np.random.randint(0, 50, (3, 12)).astype(np.int32))
    strength = Tensor(np.array([500.0, 250.0, 100.0], np.float32))
    return FrequencyDecoder(), (tokens, strength)
