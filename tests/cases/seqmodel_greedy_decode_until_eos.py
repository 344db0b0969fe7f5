# case: greedy decoder that appends tokens until every sequence emitted EOS -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab_size=12, hidden=8, bos_id=1, eos_id=2, max_len=6):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)
        self.bos_id = bos_id
        self.eos_id = eos_id
        self.max_len = max_len

    def _step(self, tokens, h):
        h = self.cell(self.embed(tokens), h)
        logits = self.out(h)
        return ops.argmax(logits, dim=-1).astype(ms.int32), h

    def construct(self, h0):
        batch = h0.shape[0]
        tokens = ops.fill(ms.int32, (batch,), self.bos_id)
        outputs = tokens.expand_dims(1)
        done = tokens == self.eos_id
        h = h0
        step = 0
        while step < self.max_len and not done.all():
            tokens, h = self._step(tokens, h)
            tokens = ops.where(done, ops.full_like(tokens, self.eos_id), tokens)
            outputs = ops.concat((outputs, tokens.expand_dims(1)), axis=1)
            done = ops.logical_or(done, tokens == self.eos_id)
            step += 1
        return outputs


def make():
    np.random.seed(5)
    return GreedyDecoder(), (Tensor(np.random.randn(3, 8).astype(np.float32)),)
