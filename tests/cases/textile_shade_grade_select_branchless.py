# case: grade dye lots as pass / warn / fail with nested ops.select on delta-E instead of Python if on tensors -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadePassFail(nn.Cell):
    def __init__(self, pass_de=1.0, warn_de=2.5):
        super().__init__()
        self.pass_de = pass_de
        self.warn_de = warn_de

    def cie76(self, lab, ref):
        return ops.sqrt(((lab - ref) ** 2).sum(axis=-1))

    def construct(self, lab, ref):
        de = self.cie76(lab, ref)
        zeros = ops.zeros_like(de).astype(ms.int32)
        ones = ops.ones_like(de).astype(ms.int32)
        twos = ones * 2
        grade = ops.select(de < self.pass_de, zeros, ops.select(de < self.warn_de, ones, twos))
        return de, grade


def make():
    np.random.seed(33)
    ref = np.array([40.0, -12.0, 22.0], dtype=np.float32)
    lab = ref + np.random.randn(10, 3).astype(np.float32) * 1.5
    return ShadePassFail(), (Tensor(lab), Tensor(ref))
