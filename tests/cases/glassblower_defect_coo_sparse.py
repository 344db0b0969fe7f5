# case: represent sparse seed/stone defects on a plate as a COOTensor built in construct and densify to a defect map -> sparse tensor in construct, support in Graph mode on CPU uncertain
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectMap(nn.Cell):
    def __init__(self, h=16, w=16):
        super().__init__()
        self.shape = (h, w)

    def construct(self, indices, severities, base_map):
        coo = ms.COOTensor(indices, severities, self.shape)
        dense = coo.to_dense()
        return base_map + dense * 2.0


def make():
    np.random.seed(111)
    idx = np.array([[1, 2], [5, 5], [9, 14], [12, 3]], np.int32)
    sev = np.random.rand(4).astype(np.float32)
    base = np.zeros((16, 16), np.float32)
    return DefectMap(), (Tensor(idx), Tensor(sev), Tensor(base))
