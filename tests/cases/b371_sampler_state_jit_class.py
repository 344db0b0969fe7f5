# case: nucleus sampler keeps its RNG step and last-chosen token in a @ms.jit_class SamplerState object that construct creates and mutates before returning the token -> jit_class instance mutated in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit_class
class SamplerState:
    def __init__(self, step, last_token):
        self.step = step
        self.last_token = last_token

class SamplingHeadConfig:
    hidden = 16
    vocab_size = 40
    repetition_penalty = 1.2

class StatefulGreedyHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden, config.vocab_size)
        self.penalty = config.repetition_penalty
        self.vocab_size = config.vocab_size

    def _penalise(self, logits, prev_token):
        onehot = ops.one_hot(prev_token, self.vocab_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return logits - onehot * ops.log(Tensor(self.penalty, ms.float32))

    def construct(self, h, prev_token):
        state = SamplerState(0, prev_token)
        logits = self._penalise(self.proj(h), state.last_token)
        state.last_token = ops.argmax(logits, dim=-1).astype(ms.int32)
        state.step = state.step + 1
        return state.last_token, logits

def make():
    np.random.seed(3745)
    head = StatefulGreedyHead(SamplingHeadConfig())
    h = Tensor(np.random.randn(2, 16).astype(np.float32))
    prev = Tensor(np.array([4, 9], np.int32))
    return head, (h, prev)
