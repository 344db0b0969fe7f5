# case: expands visited places by dwell-minute counts with repeat_interleave to build a minute-level sequence -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DwellExpander(nn.Cell):
    def __init__(self, minutes_per_slot=10):
        super().__init__()
        self.minutes_per_slot = minutes_per_slot

    def construct(self, place_ids, dwell_min):
        slots = ops.ceil(dwell_min / self.minutes_per_slot).astype(ms.int32)
        return ops.repeat_interleave(place_ids, slots, 0)


class DailyRoutineEncoder(nn.Cell):
    """Embeds a day of stays as a slot-level sequence and pools it."""

    def __init__(self, n_places=16, dim=8):
        super().__init__()
        self.expand = DwellExpander()
        self.emb = nn.Embedding(n_places, dim)
        self.proj = nn.Dense(dim, dim)

    def construct(self, place_ids, dwell_min):
        seq = self.expand(place_ids, dwell_min)
        h = self.proj(self.emb(seq))
        return ops.tanh(h.mean(axis=0))


def make():
    place_ids = Tensor(np.array([0, 5, 2, 5, 0], dtype=np.int32))
    dwell = Tensor(np.array([480.0, 35.0, 240.0, 20.0, 600.0], dtype=np.float32))
    return DailyRoutineEncoder(), (place_ids, dwell)
