# case: difference-image transient classifier sets per-source class codes with nested ops.select instead of if/else on tensors -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransientClassifier(nn.Cell):
    def __init__(self, rise=0.5, fade=0.5):
        super().__init__()
        self.rise = rise
        self.fade = fade

    def construct(self, ref_mag, new_mag, new_err):
        dmag = new_mag - ref_mag
        significant = ops.abs(dmag) > 3.0 * new_err
        brighter = ops.logical_and(significant, dmag < -self.rise)
        fainter = ops.logical_and(significant, dmag > self.fade)
        zeros = ops.zeros_like(dmag)
        code = ops.select(brighter, zeros + 1.0, ops.select(fainter, zeros + 2.0, zeros))
        return code, dmag


def make():
    np.random.seed(34)
    ref = np.random.uniform(17.0, 20.0, 24).astype(np.float32)
    new = (ref + 0.03 * np.random.randn(24)).astype(np.float32)
    new[4] -= 1.1
    new[17] += 0.9
    err = np.full(24, 0.05, np.float32)
    return TransientClassifier(), (Tensor(ref), Tensor(new), Tensor(err))
