# case: look up the weight band for a dosing nomogram by calling .asnumpy() on the patient weight inside construct -> graph mode rejects asnumpy in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WEIGHT_BANDS = np.array([10.0, 20.0, 40.0, 60.0, 200.0], np.float32)
BAND_DOSE = [100.0, 200.0, 400.0, 600.0, 800.0]


class NomogramDose(nn.Cell):
    def __init__(self):
        super().__init__()
        self.band_dose = Tensor(np.array(BAND_DOSE, np.float32))

    def construct(self, weight_kg):
        w = weight_kg.asnumpy()
        band = np.searchsorted(WEIGHT_BANDS, w)
        band_t = Tensor(band.astype(np.int32))
        return ops.gather(self.band_dose, band_t, 0)


def make():
    np.random.seed(121)
    w = Tensor(np.random.uniform(5, 120, (6,)).astype(np.float32))
    return NomogramDose(), (w,)
