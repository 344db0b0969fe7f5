# case: attention decoder unrolled for a fixed max length, finished hypotheses masked to EOS -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedStepDecoder(nn.Cell):
    def __init__(self, vocab_size=10, dim=16, sos_id=1, eos_id=2, max_len_ratio=0.5):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.query = nn.Dense(2 * dim, dim)
        self.out = nn.Dense(2 * dim, vocab_size)
        self.sos_id = sos_id
        self.eos_id = eos_id
        self.max_len_ratio = max_len_ratio

    def step(self, prev_tok, memory):
        emb = self.embed(prev_tok)
        q = self.query(ops.concat((emb, memory.mean(axis=1)), axis=-1))
        att = ops.softmax(ops.bmm(memory, q.expand_dims(-1)).squeeze(-1), axis=-1)
        ctx = ops.bmm(att.expand_dims(1), memory).squeeze(1)
        return self.out(ops.concat((emb, ctx), axis=-1))

    def construct(self, memory):
        batch, num_frames, _ = memory.shape
        max_len = max(1, int(num_frames * self.max_len_ratio))
        tok = ops.full((batch,), self.sos_id, dtype=ms.int32)
        finished = ops.zeros((batch,), ms.bool_)
        outputs = []
        for _ in range(max_len):
            tok = ops.argmax(self.step(tok, memory), dim=-1).astype(ms.int32)
            tok = ops.select(finished, ops.full_like(tok, self.eos_id), tok)
            finished = ops.logical_or(finished, tok == self.eos_id)
            outputs.append(tok)
        return ops.stack(outputs, axis=1), finished


def make():
    np.random.seed(8)
    memory = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return FixedStepDecoder(), (memory,)
