# case: tag prescription text tokens into drug/strength/frequency fields with per-field heads kept in a constant-key dict, returned as a tuple -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIELDS = ("drug", "strength", "route", "frequency")


class RxFieldTagger(nn.Cell):
    def __init__(self, vocab=120, dim=24, seq_len=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.ctx = nn.Dense(dim, dim)
        self.drug_head = nn.Dense(dim, 2)
        self.strength_head = nn.Dense(dim, 2)
        self.route_head = nn.Dense(dim, 2)
        self.freq_head = nn.Dense(dim, 2)

    def construct(self, tokens):
        h = ops.gelu(self.ctx(self.emb(tokens)))
        logits = {
            "drug": self.drug_head(h),
            "strength": self.strength_head(h),
            "route": self.route_head(h),
            "frequency": self.freq_head(h),
        }
        probs = []
        for name in FIELDS:
            probs.append(ops.softmax(logits[name], axis=-1)[..., 1])
        return ops.stack(probs, axis=-1)


def make():
    np.random.seed(191)
    tokens = Tensor(np.random.randint(0, 120, (2, 16)).astype(np.int32))
    return RxFieldTagger(), (tokens,)
