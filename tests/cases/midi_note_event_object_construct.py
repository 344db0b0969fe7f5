# case: wraps decoded pitch/velocity/duration tensors in a plain Python NoteEvent object inside construct, updates a field and returns the object -> custom Python object built and returned from graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoteEvent:
    def __init__(self, pitch, velocity, duration):
        self.pitch = pitch
        self.velocity = velocity
        self.duration = duration


class NoteHeads(nn.Cell):
    def __init__(self, dim=32):
        super().__init__()
        self.pitch_head = nn.Dense(dim, 128)
        self.vel_head = nn.Dense(dim, 32)
        self.dur_head = nn.Dense(dim, 1)

    def construct(self, h):
        ev = NoteEvent(ops.argmax(self.pitch_head(h), dim=-1),
                       ops.argmax(self.vel_head(h), dim=-1) * 4,
                       ops.softplus(self.dur_head(h)).squeeze(-1))
        ev.velocity = ops.clip(ev.velocity, 1, 127)
        return ev


def make():
    np.random.seed(21)
    h = Tensor(np.random.randn(5, 32).astype(np.float32))
    return NoteHeads(), (h,)
