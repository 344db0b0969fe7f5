# case: output projection that tries the tied embedding table and falls back to its own weight via try/except -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LMHead(nn.Cell):
    def __init__(self, embedding, hidden=16, vocab_size=30, tie_weights=True):
        super().__init__()
        self.tie_weights = tie_weights
        self.embedding = embedding
        self.transform = nn.Dense(hidden, hidden, activation="gelu")
        self.norm = nn.LayerNorm((hidden,))
        self.bias = Parameter(ops.zeros((vocab_size,), ms.float32), name="lm_bias")
        if not tie_weights:
            self.decoder_weight = Parameter(ops.zeros((vocab_size, hidden), ms.float32), name="decoder_w")

    def construct(self, hidden_states):
        h = self.norm(self.transform(hidden_states))
        try:
            weight = self.embedding.embedding_table
        except AttributeError:
            weight = self.decoder_weight
        return ops.matmul(h, weight.T) + self.bias


class TinyLM(nn.Cell):
    def __init__(self, vocab_size=30, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.mix = nn.Dense(hidden, hidden)
        self.head = LMHead(self.embed, hidden, vocab_size)

    def construct(self, token_ids):
        return self.head(ops.relu(self.mix(self.embed(token_ids))))


def make():
    np.random.seed(17)
    return TinyLM(), (Tensor(np.random.randint(0, 30, size=(2, 5)).astype(np.int32)),)
