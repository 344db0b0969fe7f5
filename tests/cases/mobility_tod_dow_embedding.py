# case: time-of-day and day-of-week embeddings computed from timestamps with floor_divide/mod on tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalEmbedding(nn.Cell):
    """Unix timestamps (B, T) -> hour-of-day + day-of-week + cyclic minute features."""

    def __init__(self, dim=8, tz_offset_h=8, use_cyclic=True):
        super().__init__()
        self.hour_emb = nn.Embedding(24, dim)
        self.dow_emb = nn.Embedding(7, dim)
        self.tz_offset = tz_offset_h * 3600
        self.use_cyclic = use_cyclic
        self.cyc_proj = nn.Dense(2, dim)

    def split_time(self, ts):
        local = ts + self.tz_offset
        day = ops.floor_divide(local, 86400)
        sec_of_day = local - day * 86400
        hour = ops.floor_divide(sec_of_day, 3600)
        dow = ops.floor_mod(day + 3, 7)  # 1970-01-01 was a Thursday
        return hour, dow, sec_of_day

    def construct(self, ts):
        hour, dow, sec = self.split_time(ts)
        e = self.hour_emb(hour) + self.dow_emb(dow)
        if self.use_cyclic:
            phase = sec.astype(ms.float32) * (2 * 3.141592653589793 / 86400.0)
            e = e + self.cyc_proj(ops.stack([ops.sin(phase), ops.cos(phase)], axis=-1))
        return e


def make():
    np.random.seed(27)
    ts = (1700000000 + np.sort(np.random.randint(0, 7 * 86400, size=(2, 6)), axis=1)).astype(np.int32)
    return TemporalEmbedding(), (Tensor(ts),)
