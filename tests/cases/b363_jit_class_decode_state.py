# case: decoder step keeps a @ms.jit_class DecodeState object as an attribute and advances its position counter and last logits inside construct -> jit_class instance mutated in construct; expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DecodeState:
    def __init__(self, batch_size, vocab_size):
        self.position = 0
        self.last_logits = Tensor(np.zeros((batch_size, vocab_size), np.float32))

    def advance(self, logits):
        self.position = self.position + 1
        self.last_logits = logits
        return self.position


class StatefulDecoder(nn.Cell):
    def __init__(self, hidden_size=16, vocab_size=24, batch_size=2):
        super().__init__()
        self.proj = nn.Dense(hidden_size, vocab_size)
        self.state = DecodeState(batch_size, vocab_size)

    def construct(self, hidden):
        logits = self.proj(hidden)
        position = self.state.advance(logits)
        return ops.argmax(logits, dim=-1), position


def make():
    np.random.seed(3667)
    hidden = Tensor(np.random.randn(2, 16).astype(np.float32))
    return StatefulDecoder(), (hidden,)
