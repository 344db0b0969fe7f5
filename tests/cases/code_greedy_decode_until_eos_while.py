# case: greedy code-completion loop runs while the last token is not <eos>, appending to a Python list, then stacks -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompletionDecoder(nn.Cell):
    def __init__(self, vocab_size=12, hidden=8, eos_id=0, max_len=6):
        super().__init__()
        self.eos_id = eos_id
        self.max_len = max_len
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)

    def _step(self, tok, h):
        h = self.cell(self.embed(tok), h)
        return ops.argmax(self.out(h), dim=-1).astype(ms.int32), h

    def construct(self, prefix_tok, h):
        tok = prefix_tok
        generated = []
        while tok[0] != self.eos_id and len(generated) < self.max_len:
            tok, h = self._step(tok, h)
            generated.append(tok)
        return ops.concat(generated)


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(1, 8).astype(np.float32))
    return CompletionDecoder(), (Tensor(np.array([5], np.int32)), h)
