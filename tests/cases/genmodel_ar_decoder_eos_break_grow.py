# case: greedy autoregressive token decoder growing the sequence by concat and breaking when all rows hit EOS -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyLM(nn.Cell):
    def __init__(self, vocab=12, dim=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.head = nn.Dense(dim, vocab)

    def construct(self, tokens):
        h = self.embed(tokens).mean(axis=1)
        return self.head(h)


class GreedyDecoder(nn.Cell):
    def __init__(self, lm, max_new_tokens=6, eos_id=0):
        super().__init__()
        self.lm = lm
        self.max_new_tokens = max_new_tokens
        self.eos_id = eos_id

    def construct(self, prompt):
        seq = prompt
        for _ in range(self.max_new_tokens):
            next_tok = ops.argmax(self.lm(seq), dim=-1).astype(ms.int32)
            seq = ops.concat((seq, next_tok.expand_dims(1)), axis=1)
            if (next_tok == self.eos_id).all():
                break
        return seq


def make():
    np.random.seed(0)
    prompt = Tensor(np.random.randint(1, 12, size=(2, 3)).astype(np.int32))
    return GreedyDecoder(TinyLM()), (prompt,)
