# case: a decode loop that runs while a tensor condition (not finished.all()) holds and appends each step's token to a Python list, then stacks it; graph mode does not carry the appends out of the tensor-conditioned while, so ops.stack gets an empty list and compilation fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab=10, hidden=8, eos_token_id=0, max_new_tokens=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.Dense(hidden, hidden)
        self.lm_head = nn.Dense(hidden, vocab)
        self.eos_token_id = eos_token_id
        self.max_new_tokens = max_new_tokens

    def construct(self, input_ids):
        tokens = []
        cur = input_ids
        finished = ops.zeros(input_ids.shape, ms.bool_)
        step = Tensor(0, ms.int32)
        while not finished.all() and step < self.max_new_tokens:
            h = ops.tanh(self.cell(self.embed(cur)))
            cur = self.lm_head(h).argmax(-1).astype(ms.int32)
            tokens.append(cur)
            finished = finished | (cur == self.eos_token_id)
            step = step + 1
        return ops.stack(tokens, axis=1)


def make():
    return GreedyDecoder(), (Tensor(np.array([3, 4], np.int32)),)
