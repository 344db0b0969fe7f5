# case: finishing line, logs the spray-coat add-on per hide with a plain print of a label and the tensor before returning the corrected add-on -> plain print of a tensor, expected fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SprayAddOn(nn.Cell):
    def __init__(self, target_gsm=45.0, gain=0.5):
        super().__init__()
        self.target_gsm = target_gsm
        self.gain = gain

    def construct(self, wet_gsm):
        mean_gsm = wet_gsm.mean()
        print("spray add-on mean g/m2:", mean_gsm)
        correction = self.gain * (self.target_gsm - mean_gsm)
        return wet_gsm + correction


def make():
    np.random.seed(3100)
    gsm = Tensor((44.0 + 2.0 * np.random.randn(10)).astype(np.float32))
    return SprayAddOn(), (gsm,)
