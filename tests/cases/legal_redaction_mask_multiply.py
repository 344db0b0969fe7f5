# case: redact sensitive tokens by multiplying embeddings with a fixed-size keep mask and swapping in a learned [REDACTED] vector -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Redactor(nn.Cell):
    def __init__(self, vocab_size=60, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.redact_vec = Parameter(Tensor(np.zeros((1, 1, hidden), np.float32)), name="redact_vec")

    def construct(self, token_ids, sensitive):
        emb = self.embed(token_ids)                              # (B, L, H)
        sens = sensitive.astype(ms.float32).expand_dims(-1)     # (B, L, 1)
        redacted = emb * (1.0 - sens) + self.redact_vec * sens
        return redacted


def make():
    np.random.seed(11)
    ids = Tensor(np.random.randint(0, 60, size=(2, 14)).astype(np.int32))
    sens = Tensor(np.random.rand(2, 14) > 0.8)
    return Redactor(), (ids, sens)
