# case: handles a variable number of events per day by padding to a fixed max_events and summing with a validity mask built from counts -> fixed padded shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyEventEnergy(nn.Cell):
    def __init__(self, max_events=8):
        super().__init__()
        self.max_events = max_events

    def validity(self, counts):
        slots = ops.arange(0, self.max_events, dtype=ms.int32).reshape((1, -1))
        return ops.cast(slots < counts.reshape((-1, 1)), ms.float32)

    def construct(self, event_kwh, counts):
        mask = self.validity(counts)
        energy = (event_kwh * mask).sum(axis=1)
        mean_event = energy / ops.maximum(mask.sum(axis=1), 1.0)
        return energy, mean_event


def make():
    np.random.seed(45)
    counts = np.random.randint(0, 9, size=(7,)).astype(np.int32)
    ev = np.random.uniform(0.2, 4.0, size=(7, 8)).astype(np.float32)
    return DailyEventEnergy(), (Tensor(ev), Tensor(counts))
