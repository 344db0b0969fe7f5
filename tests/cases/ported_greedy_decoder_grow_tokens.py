# case: seq2seq greedy decoding appends the argmax token with cat inside a while loop until EOS -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyDecoder(nn.Cell):
    def __init__(self, vocab=12, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.Dense(hidden * 2, hidden)
        self.out = nn.Dense(hidden, vocab)

    def construct(self, prev_tokens, memory):
        h = self.embed(prev_tokens).mean(1)
        h = ops.tanh(self.cell(ops.cat([h, memory], -1)))
        return self.out(h)


class GreedyGenerator(nn.Cell):
    def __init__(self, vocab=12, hidden=16, bos_id=1, eos_id=2, max_len=6):
        super().__init__()
        self.decoder = TinyDecoder(vocab, hidden)
        self.bos_id = bos_id
        self.eos_id = eos_id
        self.max_len = max_len

    def construct(self, memory):
        batch = memory.shape[0]
        tokens = ops.full((batch, 1), self.bos_id, dtype=ms.int32)
        finished = ops.zeros((batch,), ms.bool_)
        step = 0
        while step < self.max_len and not finished.all():
            logits = self.decoder(tokens, memory)
            next_tok = logits.argmax(-1).astype(ms.int32)
            tokens = ops.cat([tokens, next_tok.unsqueeze(1)], axis=1)
            finished = finished | (next_tok == self.eos_id)
            step += 1
        return tokens


def make():
    np.random.seed(8)
    memory = np.random.randn(2, 16).astype(np.float32)
    return GreedyGenerator(), (Tensor(memory),)
