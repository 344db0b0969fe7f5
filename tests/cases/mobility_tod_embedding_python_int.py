# case: time-of-day embedding converts the trip start timestamp with int() and builds an index Tensor in construct -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SECONDS_PER_DAY = 86400


class TimeOfDayEmbedding(nn.Cell):
    def __init__(self, slots_per_day=48, dim=8, tz_offset_s=8 * 3600):
        super().__init__()
        self.slots = slots_per_day
        self.slot_len = SECONDS_PER_DAY // slots_per_day
        self.tz_offset = tz_offset_s
        self.table = nn.Embedding(slots_per_day, dim)

    def slot_of(self, ts):
        local = int(ts) + self.tz_offset
        return (local % SECONDS_PER_DAY) // self.slot_len

    def construct(self, start_ts):
        slot = self.slot_of(start_ts)
        return self.table(Tensor([slot], ms.int32))


class TravelTimeHead(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.tod = TimeOfDayEmbedding(dim=dim)
        self.fc = nn.Dense(dim + 1, 1)

    def construct(self, start_ts, distance_km):
        e = self.tod(start_ts)
        return self.fc(ops.concat([e, distance_km.reshape(1, 1)], axis=1))


def make():
    return TravelTimeHead(), (Tensor(1700000000.0, ms.float32), Tensor(3.5, ms.float32))
