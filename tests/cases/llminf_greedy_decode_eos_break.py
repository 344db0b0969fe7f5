# case: greedy decoding loop that appends tokens with concat and breaks once every row hit EOS -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyLM(nn.Cell):
    def __init__(self, vocab_size=32, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.proj = nn.Dense(hidden, vocab_size)

    def construct(self, input_ids):
        h = self.embed(input_ids)
        return self.proj(h.mean(axis=1))


class GreedyGenerator(nn.Cell):
    def __init__(self, vocab_size=32, max_new_tokens=6, eos_token_id=2):
        super().__init__()
        self.lm = TinyLM(vocab_size)
        self.max_new_tokens = max_new_tokens
        self.eos_token_id = eos_token_id

    def construct(self, input_ids):
        finished = ops.zeros((input_ids.shape[0],), ms.bool_)
        for _ in range(self.max_new_tokens):
            logits = self.lm(input_ids)
            next_tok = ops.argmax(logits, dim=-1).astype(ms.int32)
            input_ids = ops.concat((input_ids, next_tok.expand_dims(1)), axis=1)
            finished = ops.logical_or(finished, next_tok == self.eos_token_id)
            if finished.all():
                break
        return input_ids


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(3, 32, size=(2, 4)).astype(np.int32))
    return GreedyGenerator(), (ids,)
