# case: autoregressive attention decoder that stops at EOS and returns the grown hypothesis -> dynamic shape at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DotAttention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.scale = dim ** -0.5

    def construct(self, query, memory):
        scores = ops.matmul(query, memory.swapaxes(-1, -2)) * self.scale
        return ops.matmul(ops.softmax(scores, axis=-1), memory)


class GreedyAttentionDecoder(nn.Cell):
    def __init__(self, vocab_size=10, dim=16, sos_id=1, eos_id=2, max_len=8):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.attn = DotAttention(dim)
        self.cell = nn.GRUCell(2 * dim, dim)
        self.out = nn.Dense(dim, vocab_size)
        self.sos_id = sos_id
        self.eos_id = eos_id
        self.max_len = max_len

    def construct(self, memory):
        # memory: (1, T, D)
        hyp = ops.full((1, 1), self.sos_id, dtype=ms.int32)
        state = memory.mean(axis=1)
        for _ in range(self.max_len):
            emb = self.embed(hyp[:, -1])
            ctx = self.attn(state.expand_dims(1), memory).squeeze(1)
            state = self.cell(ops.concat((emb, ctx), axis=-1), state)
            token = ops.argmax(self.out(state), dim=-1).astype(ms.int32)
            hyp = ops.concat((hyp, token.expand_dims(1)), axis=1)
            if token[0] == self.eos_id:
                break
        return hyp


def make():
    np.random.seed(7)
    memory = Tensor(np.random.randn(1, 12, 16).astype(np.float32))
    return GreedyAttentionDecoder(), (memory,)
