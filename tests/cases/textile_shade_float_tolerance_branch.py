# case: convert the mean delta-E of a dye lot to a Python float and pick an accept/reject code with a Python comparison -> float() of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LotAcceptance(nn.Cell):
    def __init__(self, accept_de=1.0, warn_de=2.0):
        super().__init__()
        self.accept_de = accept_de
        self.warn_de = warn_de

    def mean_delta_e(self, lab, ref):
        return ops.norm(lab - ref, dim=1).mean()

    def construct(self, lab, ref):
        de = float(self.mean_delta_e(lab, ref))
        if de < self.accept_de:
            code = 0
        elif de < self.warn_de:
            code = 1
        else:
            code = 2
        return Tensor(code, ms.int32), Tensor(de, ms.float32)


def make():
    np.random.seed(10)
    ref = np.array([[55.0, 5.0, 30.0]], dtype=np.float32)
    lab = ref + np.random.randn(8, 3).astype(np.float32)
    return LotAcceptance(), (Tensor(lab), Tensor(ref))
