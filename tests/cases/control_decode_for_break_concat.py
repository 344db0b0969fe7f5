# case: decoder unrolls 4 steps with a Python for, concatenating tokens and breaking on a tensor EOS test
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, vocab=8, dim=6, eos=1):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.out = nn.Dense(dim, vocab)
        self.eos = eos

    def construct(self, tok):
        seq = tok
        for _ in range(4):
            h = self.embed(seq[-1:]).squeeze(0)
            nxt = ops.argmax(self.out(h), dim=-1).astype(ms.int32).reshape(1)
            seq = ops.concat((seq, nxt))
            if nxt[0] == self.eos:
                break
        return seq


def make():
    return Decoder(), (Tensor(np.array([3], np.int32)),)
