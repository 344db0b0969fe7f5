# case: place seed/stone defect severities on a plate map with ops.tensor_scatter_add on a dense tensor -> static, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectMapDense(nn.Cell):
    def __init__(self, severity_gain=2.0):
        super().__init__()
        self.gain = severity_gain

    def construct(self, indices, severities, base_map):
        return ops.tensor_scatter_add(base_map, indices, severities * self.gain)


def make():
    np.random.seed(112)
    idx = np.array([[1, 2], [5, 5], [9, 14], [12, 3]], np.int32)
    sev = np.random.rand(4).astype(np.float32)
    base = np.zeros((16, 16), np.float32)
    return DefectMapDense(), (Tensor(idx), Tensor(sev), Tensor(base))
