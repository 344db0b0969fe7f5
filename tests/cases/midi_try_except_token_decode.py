# case: decodes note-on tokens to pitches, wrapped in try/except to fall back to a rest token -> try statement inside construct, graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NOTE_ON_OFFSET = 0
NOTE_OFF_OFFSET = 128


class TokenToPitch(nn.Cell):
    def __init__(self, rest_pitch=0):
        super().__init__()
        self.rest_pitch = rest_pitch

    def construct(self, tokens):
        try:
            pitch = tokens - NOTE_ON_OFFSET
            is_on = tokens < NOTE_OFF_OFFSET
            pitch = ops.where(is_on, pitch, ops.full_like(pitch, self.rest_pitch))
        except ValueError:
            pitch = ops.zeros_like(tokens)
        return pitch


def make():
    np.random.seed(13)
    tokens = Tensor(np.random.randint(0, 256, size=(16,)).astype(np.int32))
    return TokenToPitch(), (tokens,)
