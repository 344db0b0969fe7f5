# case: decoder LM whose vocabulary projection reuses the embedding table when tie_word_embeddings is set -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderBlock(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.ln = nn.LayerNorm((hidden,))
        self.ff = nn.SequentialCell([nn.Dense(hidden, 2 * hidden), nn.GELU(), nn.Dense(2 * hidden, hidden)])

    def construct(self, x):
        return x + self.ff(self.ln(x))


class TiedLM(nn.Cell):
    def __init__(self, vocab_size=32, hidden=16, num_layers=2, tie_word_embeddings=True, logit_scale=None):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.blocks = nn.CellList([DecoderBlock(hidden) for _ in range(num_layers)])
        self.final_ln = nn.LayerNorm((hidden,))
        self.tie = tie_word_embeddings
        self.logit_scale = logit_scale
        if not tie_word_embeddings:
            self.lm_head = nn.Dense(hidden, vocab_size, has_bias=False)

    def _project(self, h):
        if self.tie:
            logits = ops.matmul(h, self.embed.embedding_table.T)
        else:
            logits = self.lm_head(h)
        if self.logit_scale is not None:
            logits = logits * self.logit_scale
        return logits

    def construct(self, token_ids):
        h = self.embed(token_ids)
        for block in self.blocks:
            h = block(h)
        return self._project(self.final_ln(h))


def make():
    np.random.seed(24)
    return TiedLM(), (Tensor(np.random.randint(0, 32, size=(2, 5)).astype(np.int32)),)
