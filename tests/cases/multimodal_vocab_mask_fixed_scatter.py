# case: caption decoder masks banned tokens (pad, unk, bos) with a fixed-size vocab mask built from config ids -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedVocabDecoderStep(nn.Cell):
    def __init__(self, hidden=16, vocab_size=30, banned_ids=(0, 1, 3), temperature=1.0):
        super().__init__()
        self.rnn = nn.GRUCell(hidden, hidden)
        self.proj = nn.Dense(hidden, vocab_size)
        mask = np.zeros((vocab_size,), np.float32)
        mask[list(banned_ids)] = 1.0
        self.banned = Tensor(mask)
        self.temperature = temperature

    def construct(self, x, h, step_allowed):
        h = self.rnn(x, h)
        logits = self.proj(h) / self.temperature
        banned = ops.logical_or(self.banned > 0.5, ops.logical_not(step_allowed))
        logits = ops.masked_fill(logits, banned, -1e4)
        next_tok = ops.argmax(logits, dim=-1)
        return next_tok, h


def make():
    np.random.seed(28)
    net = MaskedVocabDecoderStep()
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    h = Tensor(np.zeros((2, 16), np.float32))
    allowed = Tensor(np.random.rand(2, 30) > 0.2)
    return net, (x, h, allowed)
