# case: a generate loop that keeps concatenating tokens while a tensor condition (the last token is not EOS) holds, so the loop-carried input_ids grows every iteration; graph mode keeps unrolling the growing shapes and fails with the function call depth limit
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyLM(nn.Cell):
    def __init__(self, vocab=12, hidden=8, eos_token_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.mix = nn.Dense(hidden, hidden)
        self.lm_head = nn.Dense(hidden, vocab, has_bias=False)
        self.eos_token_id = eos_token_id

    def construct(self, input_ids, max_length):
        next_token = input_ids[:, -1]
        while (next_token != self.eos_token_id).all() and input_ids.shape[1] < max_length:
            h = ops.tanh(self.mix(self.embed(input_ids)))
            logits = self.lm_head(h)
            next_token = logits[:, -1, :].argmax(-1).astype(input_ids.dtype)
            input_ids = ops.cat((input_ids, next_token[:, None]), axis=-1)
        return input_ids


def make():
    ids = Tensor(np.array([[1, 2, 3]], np.int32))
    return TinyLM(), (ids, 8)
