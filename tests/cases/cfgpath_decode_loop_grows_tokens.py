# case: greedy decoder appends tokens in a while loop that stops on an EOS value read from the tensor -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS_ID = 3


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab_size=8, dim=6, max_new_tokens=5, eos_id=EOS_ID):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.lm_head = nn.Dense(dim, vocab_size)
        self.max_new_tokens = max_new_tokens
        self.eos_id = eos_id

    def _next_token(self, tokens):
        h = self.embed(tokens).mean(axis=1)
        logits = self.lm_head(h)
        return ops.argmax(logits, dim=-1).astype(ms.int32).reshape(1, 1)

    def construct(self, prompt):
        tokens = prompt
        step = 0
        finished = False
        while not finished and step < self.max_new_tokens:
            nxt = self._next_token(tokens)
            tokens = ops.concat((tokens, nxt), axis=1)
            step += 1
            finished = bool(nxt[0, 0] == self.eos_id)
        return tokens


def make():
    np.random.seed(10)
    prompt = Tensor(np.array([[1, 2]], dtype=np.int32))
    return GreedyDecoder(), (prompt,)
