# case: thermocouple reader applies cold-junction compensation only when a constructor flag is set -> Python bool branch, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermocoupleReader(nn.Cell):
    def __init__(self, seebeck_uv_per_c=41.0, compensate=True, clip_max_c=1400.0):
        super().__init__()
        self.seebeck = seebeck_uv_per_c
        self.compensate = compensate
        self.clip_max = clip_max_c

    def construct(self, emf_uv, cold_junction_c):
        hot = emf_uv / self.seebeck
        if self.compensate:
            hot = hot + cold_junction_c
        return ops.clamp(hot, 0.0, self.clip_max)


def make():
    np.random.seed(122)
    emf = np.random.uniform(40000, 52000, 8).astype(np.float32)
    cj = np.full(8, 24.0, np.float32)
    return ThermocoupleReader(), (Tensor(emf), Tensor(cj))
