# case: two-channel ON/OFF count frames over padded event batches with zero-weighted padding scatter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolarityCountFrames(nn.Cell):
    def __init__(self, height=5, width=5, log_scale=True):
        super().__init__()
        self.height = height
        self.width = width
        self.log_scale = log_scale
        self.scatter = ops.TensorScatterAdd()

    def _indices(self, events):
        b, n, _ = events.shape
        batch = ops.arange(b).astype(ms.int32).reshape(-1, 1).broadcast_to((b, n))
        x = events[..., 0].astype(ms.int32)
        y = events[..., 1].astype(ms.int32)
        pol = (events[..., 3] > 0).astype(ms.int32)
        return ops.stack([batch, pol, y, x], axis=-1).reshape(b * n, 4)

    def construct(self, events, num_events):
        b, n, _ = events.shape
        valid = ops.arange(n).astype(ms.int32).reshape(1, -1) < num_events.reshape(-1, 1)
        weight = valid.astype(ms.float32).reshape(-1)
        frames = ops.zeros((b, 2, self.height, self.width), ms.float32)
        frames = self.scatter(frames, self._indices(events), weight)
        if self.log_scale:
            frames = ops.log1p(frames)
        return frames


def make():
    rng = np.random.default_rng(36)
    b, n = 2, 10
    ev = np.stack([rng.integers(0, 5, (b, n)), rng.integers(0, 5, (b, n)), rng.random((b, n)),
                   rng.choice([-1, 1], (b, n))], axis=-1).astype(np.float32)
    return PolarityCountFrames(), (Tensor(ev), Tensor(np.array([10, 6], np.int32)))
