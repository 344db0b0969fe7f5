# case: collapse repeated crash-event ids from an accelerometer detector with ops.unique to count distinct incidents -> unique has a data-dependent output length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def magnitude(acc):
    return ops.sqrt((acc * acc).sum(axis=-1))


class IncidentCounter(nn.Cell):
    def __init__(self, g_threshold=4.0, samples_per_event=25):
        super().__init__()
        self.g_threshold = g_threshold
        self.samples_per_event = samples_per_event

    def construct(self, acc):
        g = magnitude(acc) / 9.81
        hit = (g > self.g_threshold).astype(ms.int32)
        idx = ops.arange(0, g.shape[0], 1, dtype=ms.int32)
        event_id = (idx // self.samples_per_event) * hit
        ids, _ = ops.unique(event_id)
        return g.max(), ids


def make():
    np.random.seed(41)
    acc = np.random.normal(0, 3, size=(500, 3)).astype(np.float32)
    acc[120:130] *= 15.0
    acc[300:305] *= 12.0
    return IncidentCounter(), (Tensor(acc),)
