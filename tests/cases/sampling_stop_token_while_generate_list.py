# case: decode loop appends greedy tokens to a Python list while the last token is not EOS and under max length -> data-dependent while loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyLM(nn.Cell):
    def __init__(self, vocab=16, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.head = nn.Dense(hidden, vocab)

    def construct(self, token):
        return self.head(self.embed(token))


class GreedyUntilEOS(nn.Cell):
    def __init__(self, vocab=16, eos_id=2, max_new_tokens=6):
        super().__init__()
        self.lm = TinyLM(vocab)
        self.eos_id = eos_id
        self.max_new_tokens = max_new_tokens

    def construct(self, start_token):
        tokens = [start_token]
        cur = start_token
        step = 0
        while cur != self.eos_id and step < self.max_new_tokens:
            logits = self.lm(cur)
            cur = ops.argmax(logits, dim=-1).astype(ms.int32)
            tokens.append(cur)
            step += 1
        return ops.stack(tokens)


def make():
    np.random.seed(4)
    ms.set_seed(4)
    return GreedyUntilEOS(), (Tensor(5, ms.int32),)
