# case: pick out the Lab values of fabric swatches that fail the delta-E 1.0 tolerance by boolean indexing -> data-dependent shape, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cie76(lab_a, lab_b):
    d = lab_a - lab_b
    return ops.sqrt((d * d).sum(axis=-1))


class RejectFilter(nn.Cell):
    def __init__(self, tolerance=1.0):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, swatches, standard):
        de = cie76(swatches, standard)
        rejects = swatches[de > self.tolerance]
        correction = standard - rejects.mean(axis=0)
        return correction


def make():
    np.random.seed(22)
    std = np.array([45.0, 30.0, 12.0], np.float32)
    sw = (std + 0.9 * np.random.randn(16, 3)).astype(np.float32)
    return RejectFilter(), (Tensor(sw), Tensor(std))
