# case: greedy melody generator loops while the last sampled token is not END_OF_SONG, appending each token to a Python list and concatenating at the end -> data-dependent loop count and growing sequence, Graph mode rejects or fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

END_OF_SONG = 1
MAX_EVENTS = 12

class GreedyConfig:
    vocab_size = 32
    d_model = 16

class GreedyMelodyGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.emb = nn.Embedding(config.vocab_size, config.d_model)
        self.rnn_step = nn.Dense(2 * config.d_model, config.d_model)
        self.head = nn.Dense(config.d_model, config.vocab_size)
        self.d_model = config.d_model

    def _step(self, tok, h):
        h = ops.tanh(self.rnn_step(ops.concat([self.emb(tok), h], axis=-1)))
        return ops.argmax(self.head(h), dim=-1).astype(ms.int32), h

    def construct(self, start_token):
        h = ops.zeros((1, self.d_model), ms.float32)
        tok = start_token
        events = []
        n = 0
        while tok[0] != END_OF_SONG and n < MAX_EVENTS:
            tok, h = self._step(tok, h)
            events.append(tok)
            n += 1
        return ops.concat(events, axis=0)

def make():
    np.random.seed(3726)
    gen = GreedyMelodyGenerator(GreedyConfig())
    return gen, (Tensor(np.array([5], np.int32)),)
