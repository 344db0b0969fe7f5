# case: propagate fibre blend ratios through the carding-line mixing network stored as a sparse CSR matrix -> CSRTensor built and multiplied in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CardingMixer(nn.Cell):
    """Each output sliver takes fixed shares of a few input bales."""

    def __init__(self, n_slivers=6, n_bales=8):
        super().__init__()
        self.shape = (n_slivers, n_bales)

    def construct(self, indptr, indices, shares, bale_blend):
        mix = ms.CSRTensor(indptr, indices, shares, self.shape)
        sliver_blend = mix.mv(bale_blend)
        return sliver_blend


def make():
    np.random.seed(101)
    indptr = np.array([0, 2, 4, 5, 7, 8, 10], dtype=np.int32)
    indices = np.array([0, 1, 2, 3, 4, 5, 6, 7, 0, 7], dtype=np.int32)
    shares = np.array([0.5, 0.5, 0.3, 0.7, 1.0, 0.6, 0.4, 1.0, 0.2, 0.8], dtype=np.float32)
    bale_blend = np.random.uniform(0.55, 0.75, size=(8, 1)).astype(np.float32)
    return CardingMixer(), (Tensor(indptr), Tensor(indices), Tensor(shares), Tensor(bale_blend))
