# case: a greedy generate() that runs a for loop over range(max_new_tokens) from the config and concatenates the new token to input_ids each step; the loop count is constant so each step has a known length and it should be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyLM(nn.Cell):
    def __init__(self, vocab=12, hidden=8, max_new_tokens=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.mix = nn.Dense(hidden, hidden)
        self.lm_head = nn.Dense(hidden, vocab, has_bias=False)
        self.max_new_tokens = max_new_tokens

    def forward_logits(self, input_ids):
        h = ops.tanh(self.mix(self.embed(input_ids)))
        return self.lm_head(h)

    def construct(self, input_ids):
        for _ in range(self.max_new_tokens):
            logits = self.forward_logits(input_ids)
            next_token = logits[:, -1, :].argmax(-1).astype(input_ids.dtype)
            input_ids = ops.cat((input_ids, next_token[:, None]), axis=-1)
        return input_ids


def make():
    ids = Tensor(np.array([[1, 2, 3], [4, 5, 6]], np.int32))
    return TinyLM(), (ids,)
