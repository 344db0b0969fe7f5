# case: decoding loop appends each step's token to a Python list inside `while not finished` where finished is a tensor; list length becomes data-dependent -> error at LAX and STRICT expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 8
EOS = 1


class TinyLM(nn.Cell):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, VOCAB)

    def construct(self, tok):
        return self.emb(tok)


class Decode(nn.Cell):
    def __init__(self):
        super().__init__()
        self.lm = TinyLM()

    def construct(self, tok):
        tokens = []
        finished = tok == EOS
        while not finished:
            tok = self.lm(tok).argmax(axis=-1).astype(ms.int32)
            tokens.append(tok)
            finished = tok == EOS
        return ops.stack(tokens)


def make():
    return Decode(), (Tensor(3, ms.int32),)
