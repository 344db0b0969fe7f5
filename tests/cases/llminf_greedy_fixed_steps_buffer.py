# case: greedy decoding for a fixed number of steps into a preallocated buffer, freezing finished rows with select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyCausalLM(nn.Cell):
    def __init__(self, vocab=24, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.head = nn.Dense(hidden, vocab)

    def construct(self, ids):
        return self.head(self.embed(ids).mean(axis=1))


class FixedBudgetGreedy(nn.Cell):
    def __init__(self, max_new_tokens=4, eos_token_id=2, pad_token_id=0):
        super().__init__()
        self.lm = TinyCausalLM()
        self.max_new_tokens = max_new_tokens
        self.eos_token_id = eos_token_id
        self.pad_token_id = pad_token_id

    def construct(self, prompt):
        batch, plen = prompt.shape
        total = plen + self.max_new_tokens
        buf = ops.concat((prompt, ops.full((batch, self.max_new_tokens), self.pad_token_id, dtype=ms.int32)), axis=1)
        finished = ops.zeros((batch,), ms.bool_)
        cols = ops.arange(total).reshape(1, -1)
        for step in range(self.max_new_tokens):
            logits = self.lm(buf[:, :plen + step])
            nxt = ops.argmax(logits, dim=-1).astype(ms.int32)
            nxt = ops.select(finished, ops.full_like(nxt, self.pad_token_id), nxt)
            write = cols == (plen + step)
            buf = ops.where(write, nxt.reshape(-1, 1), buf)
            finished = ops.logical_or(finished, nxt == self.eos_token_id)
        return buf, finished


def make():
    np.random.seed(30)
    prompt = Tensor(np.random.randint(3, 24, size=(2, 3)).astype(np.int32))
    return FixedBudgetGreedy(), (prompt,)
