# case: greedy decode for a constant number of steps with a finished mask that forces pad after EOS -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepModel(nn.Cell):
    def __init__(self, vocab=12, hidden=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.proj = nn.Dense(hidden, vocab)

    def construct(self, ids):
        return self.proj(self.embed(ids))


class BatchedGreedyDecoder(nn.Cell):
    def __init__(self, vocab=12, eos_id=1, pad_id=0, max_new_tokens=5):
        super().__init__()
        self.model = StepModel(vocab)
        self.eos_id = eos_id
        self.pad_id = pad_id
        self.max_new_tokens = max_new_tokens

    def construct(self, last_ids):
        finished = ops.zeros(last_ids.shape, ms.bool_)
        out = ops.zeros((last_ids.shape[0], self.max_new_tokens), ms.int32)
        cur = last_ids
        for step in range(self.max_new_tokens):
            logits = self.model(cur)
            nxt = ops.argmax(logits, dim=-1).astype(ms.int32)
            nxt = ops.where(finished, ops.full_like(nxt, self.pad_id), nxt)
            out[:, step] = nxt
            finished = ops.logical_or(finished, nxt == self.eos_id)
            cur = nxt
        return out, finished


def make():
    np.random.seed(5)
    ms.set_seed(5)
    ids = Tensor(np.random.randint(2, 12, size=(4,)).astype(np.int32))
    return BatchedGreedyDecoder(), (ids,)
