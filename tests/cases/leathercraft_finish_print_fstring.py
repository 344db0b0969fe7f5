# case: finishing line, logs the spray-coat add-on per hide with an f-string print of the tensor before returning the corrected add-on -> print of f-string with tensor in construct
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
        print(f"spray add-on mean {mean_gsm} g/m2, target {self.target_gsm}")
        correction = self.gain * (self.target_gsm - mean_gsm)
        return wet_gsm + correction


def make():
    np.random.seed(3099)
    gsm = Tensor((44.0 + 2.0 * np.random.randn(10)).astype(np.float32))
    return SprayAddOn(), (gsm,)
