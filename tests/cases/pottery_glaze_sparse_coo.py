# case: store detected glaze-crack pixels as a COOTensor and multiply it against a dense crack-weight map -> sparse tensor in construct, Graph-mode support limited
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class CrackDensity(nn.Cell):
    def __init__(self, height=8, width=8):
        super().__init__()
        self.shape = (height, width)

    def construct(self, indices, values, weight_map):
        cracks = COOTensor(indices, values, self.shape)
        dense = cracks.to_dense()
        weighted = dense * weight_map
        return weighted.sum() / (values.shape[0] * 1.0)


def make():
    np.random.seed(26)
    idx = np.array([[0, 1], [2, 3], [4, 4], [6, 7], [7, 0]], np.int32)
    vals = np.random.uniform(0.5, 1.0, size=(5,)).astype(np.float32)
    wmap = np.random.rand(8, 8).astype(np.float32)
    return CrackDensity(), (Tensor(idx), Tensor(vals), Tensor(wmap))
