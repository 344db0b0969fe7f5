# case: greedy event decoder that loops until the model emits EOS, appending tokens to a Python list -> while on tensor value with list growth, graph mode rejects or unrolls badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyEventLM(nn.Cell):
    def __init__(self, vocab=64, dim=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.head = nn.Dense(dim, vocab)

    def construct(self, tok):
        return self.head(self.embed(tok))


class GreedyDecoder(nn.Cell):
    def __init__(self, eos_id=1, max_steps=12):
        super().__init__()
        self.lm = TinyEventLM()
        self.eos_id = eos_id
        self.max_steps = max_steps

    def construct(self, start):
        tok = start
        out = []
        step = 0
        while tok[0] != self.eos_id and step < self.max_steps:
            logits = self.lm(tok)
            tok = ops.argmax(logits, dim=-1).astype(ms.int32)
            out.append(tok)
            step += 1
        return ops.concat(out, axis=0)


def make():
    np.random.seed(5)
    return GreedyDecoder(), (Tensor(np.array([2], dtype=np.int32)),)
