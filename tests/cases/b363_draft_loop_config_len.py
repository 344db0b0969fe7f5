# case: speculative decoding drafts config.num_speculative_tokens tokens with a tiny draft model in a for loop over range(int), collecting tokens and probs with a list and stacking -> loop bound is a Python constant; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DraftConfig:
    def __init__(self, vocab_size=24, hidden_size=16, num_speculative_tokens=3, return_probs=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.num_speculative_tokens = num_speculative_tokens
        self.return_probs = return_probs


class TinyDraftModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.cell = nn.Dense(2 * config.hidden_size, config.hidden_size)
        self.head = nn.Dense(config.hidden_size, config.vocab_size)

    def construct(self, token, state):
        state = ops.tanh(self.cell(ops.concat((self.embed(token), state), axis=-1)))
        return self.head(state), state


class Drafter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = TinyDraftModel(config)
        self.k = config.num_speculative_tokens
        self.return_probs = config.return_probs

    def construct(self, last_token, state):
        tokens, probs = [], []
        token = last_token
        for _ in range(self.k):
            logits, state = self.model(token, state)
            token = ops.argmax(logits, dim=-1).astype(ms.int32)
            tokens.append(token)
            probs.append(ops.softmax(logits, axis=-1))
        outputs = (ops.stack(tokens, axis=-1),)
        if self.return_probs:
            outputs = outputs + (ops.stack(probs, axis=1),)
        return outputs


def make():
    np.random.seed(3661)
    last = Tensor(np.array([3, 8], np.int32))
    state = Tensor(np.zeros((2, 16), np.float32))
    return Drafter(DraftConfig()), (last, state)
