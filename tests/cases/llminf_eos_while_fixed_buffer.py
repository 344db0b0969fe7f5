# case: decode while-loop on a tensor condition (not all finished and pos < max) carrying only fixed-shape buffers -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WhileLoopGenerator(nn.Cell):
    def __init__(self, vocab=12, hidden=8, max_len=6, eos_token_id=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.max_len = max_len
        self.eos_token_id = eos_token_id

    def construct(self, first_tok):
        batch = first_tok.shape[0]
        ids = ops.zeros((batch, self.max_len), ms.int32)
        cols = ops.arange(self.max_len).reshape(1, -1)
        finished = ops.zeros((batch,), ms.bool_)
        pos = Tensor(0, ms.int32)
        tok = first_tok
        while pos < self.max_len and not finished.all():
            tok = ops.argmax(self.head(self.embed(tok)), dim=-1).astype(ms.int32)
            ids = ops.where(cols == pos, tok.reshape(-1, 1), ids)
            finished = ops.logical_or(finished, tok == self.eos_token_id)
            pos = pos + 1
        return ids, pos


def make():
    np.random.seed(50)
    tok = Tensor(np.array([5, 9], dtype=np.int32))
    return WhileLoopGenerator(), (tok,)
