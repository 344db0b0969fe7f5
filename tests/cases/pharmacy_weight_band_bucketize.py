# case: look up the weight band for a dosing nomogram by comparing the weight tensor with constant band edges and summing -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BAND_EDGES = (10.0, 20.0, 40.0, 60.0)
BAND_DOSE = (100.0, 200.0, 400.0, 600.0, 800.0)


class NomogramDose(nn.Cell):
    def __init__(self):
        super().__init__()
        self.edges = Tensor(np.array(BAND_EDGES, np.float32))
        self.band_dose = Tensor(np.array(BAND_DOSE, np.float32))

    def band_index(self, w):
        above = (w.reshape(-1, 1) > self.edges.reshape(1, -1)).astype(ms.int32)
        return above.sum(axis=1)

    def construct(self, weight_kg):
        band = self.band_index(weight_kg)
        return ops.gather(self.band_dose, band, 0)


def make():
    np.random.seed(122)
    w = Tensor(np.random.uniform(5, 120, (6,)).astype(np.float32))
    return NomogramDose(), (w,)
