# case: compute a Lab correction from the swatches failing delta-E tolerance using a weighted mean with the failure mask -> fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cie76(lab_a, lab_b):
    d = lab_a - lab_b
    return ops.sqrt((d * d).sum(axis=-1))


class RejectCorrection(nn.Cell):
    def __init__(self, tolerance=1.0):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, swatches, standard):
        de = cie76(swatches, standard)
        fail = (de > self.tolerance).astype(swatches.dtype).reshape(-1, 1)
        n_fail = ops.maximum(fail.sum(), 1.0)
        mean_fail = (swatches * fail).sum(axis=0) / n_fail
        correction = standard - mean_fail
        return correction, fail.sum()


def make():
    np.random.seed(23)
    std = np.array([45.0, 30.0, 12.0], np.float32)
    sw = (std + 0.9 * np.random.randn(16, 3)).astype(np.float32)
    return RejectCorrection(), (Tensor(sw), Tensor(std))
