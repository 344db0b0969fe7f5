# case: greedy decoder unrolled for a constant number of steps, EOS handled by a done mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnrolledGreedyDecoder(nn.Cell):
    def __init__(self, vocab_size=12, hidden=8, bos_id=1, eos_id=2, pad_id=0, max_new_tokens=4):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.head = nn.Dense(hidden, vocab_size)
        self.bos_id, self.eos_id, self.pad_id = bos_id, eos_id, pad_id
        self.max_new_tokens = max_new_tokens

    def _next_token(self, tokens, h):
        h = self.cell(self.embed(tokens), h)
        return ops.argmax(self.head(h), dim=-1).astype(ms.int32), h

    def construct(self, h0):
        batch = h0.shape[0]
        tokens = ops.full((batch,), self.bos_id, dtype=ms.int32)
        done = ops.zeros((batch,), ms.bool_)
        generated = []
        h = h0
        for _ in range(self.max_new_tokens):
            tokens, h = self._next_token(tokens, h)
            tokens = ops.where(done, ops.full_like(tokens, self.pad_id), tokens)
            generated.append(tokens)
            done = ops.logical_or(done, tokens == self.eos_id)
        return ops.stack(generated, axis=1), done


def make():
    np.random.seed(27)
    return UnrolledGreedyDecoder(), (Tensor(np.random.randn(3, 8).astype(np.float32)),)
