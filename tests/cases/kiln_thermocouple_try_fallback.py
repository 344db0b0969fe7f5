# case: thermocouple reader wraps the cold-junction correction in try/except and falls back to the raw reading on failure -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermocoupleReader(nn.Cell):
    def __init__(self, seebeck_uv_per_c=41.0):
        super().__init__()
        self.seebeck = seebeck_uv_per_c

    def construct(self, emf_uv, cold_junction_c):
        try:
            hot = emf_uv / self.seebeck + cold_junction_c
        except ValueError:
            hot = emf_uv / self.seebeck
        return hot


def make():
    np.random.seed(121)
    emf = np.random.uniform(40000, 52000, 8).astype(np.float32)
    cj = np.full(8, 24.0, np.float32)
    return ThermocoupleReader(), (Tensor(emf), Tensor(cj))
