# case: attention ASR decoder greedy loop that appends tokens until every hypothesis emits EOS -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DotAttention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.scale = 1.0 / (dim ** 0.5)

    def construct(self, q, mem):
        w = ops.softmax(ops.bmm(q, mem.transpose(0, 2, 1)) * self.scale, axis=-1)
        return ops.bmm(w, mem)


class GreedyAttnDecoder(nn.Cell):
    def __init__(self, vocab=10, dim=8, sos=1, eos=2, max_steps=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.attn = DotAttention(dim)
        self.out = nn.Dense(2 * dim, vocab)
        self.sos, self.eos, self.max_steps = sos, eos, max_steps

    def step(self, last_tok, memory):
        q = self.embed(last_tok)                       # (B, 1, D)
        ctx = self.attn(q, memory)
        logits = self.out(ops.concat([q, ctx], axis=-1))
        return ops.argmax(logits[:, -1], dim=-1).astype(ms.int32)

    def construct(self, memory):
        b = memory.shape[0]
        tokens = ops.fill(ms.int32, (b, 1), self.sos)
        finished = ops.zeros((b,), ms.bool_)
        steps = 0
        while not finished.all() and steps < self.max_steps:
            nxt = self.step(tokens[:, -1:], memory)
            tokens = ops.concat([tokens, nxt.expand_dims(1)], axis=1)
            finished = ops.logical_or(finished, nxt == self.eos)
            steps += 1
        return tokens


def make():
    np.random.seed(8)
    mem = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return GreedyAttnDecoder(), (mem,)
