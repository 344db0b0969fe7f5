# case: split buoy telemetry into a dict of named channels with constant string keys and combine them into a sea-state index -> constant-key dict in construct, expected static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


CHANNELS = ("wave_hs", "wind_kn", "pressure_hpa", "sst_c")


class SeaStateIndex(nn.Cell):
    def __init__(self, wind_weight=0.05, wave_weight=0.6):
        super().__init__()
        self.wind_weight = wind_weight
        self.wave_weight = wave_weight

    def split(self, tele):
        return {"wave_hs": tele[:, 0], "wind_kn": tele[:, 1],
                "pressure_hpa": tele[:, 2], "sst_c": tele[:, 3]}

    def construct(self, telemetry):
        ch = self.split(telemetry)
        pressure_drop = (1013.0 - ch["pressure_hpa"]) * 0.02
        index = self.wave_weight * ch["wave_hs"] + self.wind_weight * ch["wind_kn"] + pressure_drop
        return ops.clip_by_value(index, 0.0, 9.0)


def make():
    np.random.seed(3065)
    tele = np.stack([np.random.uniform(0.5, 6.0, 10), np.random.uniform(0, 45, 10),
                     np.random.uniform(980, 1030, 10), np.random.uniform(8, 20, 10)], axis=1)
    return SeaStateIndex(), (Tensor(tele.astype(np.float32)),)
