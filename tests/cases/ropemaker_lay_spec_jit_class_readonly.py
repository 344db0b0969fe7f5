# case: a @ms.jit_class lay-length specification held on the cell is only read in construct to score strand lay lengths -> jit_class used read-only, expected fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LaySpec:
    def __init__(self, nominal_mm, tol_mm):
        self.nominal_mm = nominal_mm
        self.tol_mm = tol_mm

    def out_of_tol(self, lay_mm):
        return ops.abs(lay_mm - self.nominal_mm) > self.tol_mm


class LayLengthScore(nn.Cell):
    def __init__(self, nominal_mm=95.0, tol_mm=2.5):
        super().__init__()
        self.spec = LaySpec(nominal_mm, tol_mm)

    def construct(self, lay_mm):
        bad = self.spec.out_of_tol(lay_mm).astype(ms.float32)
        per_strand = bad.mean(axis=1)
        return per_strand, (lay_mm - self.spec.nominal_mm).mean(axis=1)


def make():
    np.random.seed(122)
    lay = np.random.normal(95.0, 1.5, size=(3, 20)).astype(np.float32)
    return LayLengthScore(), (Tensor(lay),)
