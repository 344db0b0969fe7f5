# case: decoding loop carrying a @ms.jit_class sampler state whose fields are reassigned every step -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SamplerState:
    def __init__(self, tokens, scores):
        self.tokens = tokens
        self.scores = scores

    def update(self, tok, logp):
        self.tokens = ops.concat((self.tokens, tok.expand_dims(1)), axis=1)
        self.scores = self.scores + logp


class GreedyWithState(nn.Cell):
    def __init__(self, hidden=8, vocab=20, steps=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.steps = steps

    def construct(self, prompt):
        state = SamplerState(prompt, ops.zeros((prompt.shape[0],), ms.float32))
        for _ in range(self.steps):
            h = self.embed(state.tokens[:, -1])
            logp = ops.log_softmax(self.head(h), axis=-1)
            best, tok = ops.max(logp, axis=-1)
            state.update(tok.astype(ms.int32), best)
        return state.tokens, state.scores


def make():
    np.random.seed(19)
    prompt = Tensor(np.random.randint(0, 20, size=(2, 3)).astype(np.int32))
    return GreedyWithState(), (prompt,)
