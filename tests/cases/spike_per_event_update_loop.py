# case: event-by-event time surface update looping over a fixed-size packet with Python for over tensor rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IncrementalTimeSurface(nn.Cell):
    """Updates a leaky activity map one event at a time (event packets have fixed size)."""

    def __init__(self, height=4, width=4, leak=0.9, gain=1.0):
        super().__init__()
        self.height = height
        self.width = width
        self.leak = leak
        self.gain = gain

    def _apply_event(self, surface, ev):
        x = ev[0].astype(ms.int32)
        y = ev[1].astype(ms.int32)
        pol = ev[3]
        surface = surface * self.leak
        onehot = ops.one_hot(y * self.width + x, self.height * self.width,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return surface + self.gain * pol * onehot

    def construct(self, packet):
        surface = ops.zeros((self.height * self.width,), ms.float32)
        for ev in packet:
            surface = self._apply_event(surface, ev)
        return surface.reshape(self.height, self.width)


def make():
    rng = np.random.default_rng(35)
    n = 6
    packet = np.stack([rng.integers(0, 4, n), rng.integers(0, 4, n), np.sort(rng.random(n)),
                       rng.choice([-1, 1], n)], axis=1).astype(np.float32)
    return IncrementalTimeSurface(), (Tensor(packet),)
