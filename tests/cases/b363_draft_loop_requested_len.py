# case: speculative decoding drafts tokens with a tiny draft model in a for loop whose count is int() of the per-request num_draft tensor, appending tokens to a list and stacking -> loop count from tensor data; expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DraftConfig:
    def __init__(self, vocab_size=24, hidden_size=16, num_speculative_tokens=3):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.num_speculative_tokens = num_speculative_tokens


class TinyDraftModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.cell = nn.Dense(2 * config.hidden_size, config.hidden_size)
        self.head = nn.Dense(config.hidden_size, config.vocab_size)

    def construct(self, token, state):
        state = ops.tanh(self.cell(ops.concat((self.embed(token), state), axis=-1)))
        return ops.argmax(self.head(state), dim=-1).astype(ms.int32), state


class Drafter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = TinyDraftModel(config)
        self.default_k = config.num_speculative_tokens

    def construct(self, last_token, state, num_draft=None):
        steps = self.default_k if num_draft is None else int(num_draft)
        drafts = []
        token = last_token
        for _ in range(steps):
            token, state = self.model(token, state)
            drafts.append(token)
        return ops.stack(drafts, axis=-1)


def make():
    np.random.seed(3660)
    last = Tensor(np.array([3, 8], np.int32))
    state = Tensor(np.zeros((2, 16), np.float32))
    num_draft = Tensor(4, ms.int32)
    return Drafter(DraftConfig()), (last, state, num_draft)
