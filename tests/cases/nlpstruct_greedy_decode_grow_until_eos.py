# case: greedy decoding in a while loop on a tensor EOS condition, concatenating each new token to the prefix -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoregressiveLM(nn.Cell):
    def __init__(self, vocab_size=10, hidden=8, eos_id=2, max_new_tokens=5):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.mix = nn.Dense(hidden, hidden)
        self.lm_head = nn.Dense(hidden, vocab_size)
        self.eos_id = eos_id
        self.max_new_tokens = max_new_tokens

    def _next_token(self, prefix):
        h = ops.tanh(self.mix(self.embed(prefix).mean(1)))
        return self.lm_head(h).argmax(-1).astype(ms.int32).expand_dims(1)

    def construct(self, prompt_ids):
        generated = prompt_ids
        step = 0
        done = ops.zeros((), ms.bool_)
        while not done and step < self.max_new_tokens:
            tok = self._next_token(generated)
            generated = ops.concat([generated, tok], 1)
            done = (tok == self.eos_id).all()
            step += 1
        return generated


def make():
    np.random.seed(0)
    prompt = Tensor(np.array([[1, 4, 5], [1, 6, 3]], np.int32))
    return AutoregressiveLM(), (prompt,)
