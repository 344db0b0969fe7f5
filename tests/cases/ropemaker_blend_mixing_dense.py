# case: propagate fibre blend ratios through the carding-line mixing network stored as a dense share matrix -> dense matmul, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_share_matrix(n_slivers, n_bales, links):
    m = np.zeros((n_slivers, n_bales), dtype=np.float32)
    for s, b, w in links:
        m[s, b] = w
    return m


class CardingMixerDense(nn.Cell):
    def __init__(self, links, n_slivers=6, n_bales=8):
        super().__init__()
        self.mix = Tensor(build_share_matrix(n_slivers, n_bales, links))

    def construct(self, bale_blend):
        sliver_blend = ops.matmul(self.mix, bale_blend)
        row_share = self.mix.sum(axis=1, keepdims=True)
        return sliver_blend / ops.maximum(row_share, 1e-6)


def make():
    np.random.seed(102)
    links = [(0, 0, 0.5), (0, 1, 0.5), (1, 2, 0.3), (1, 3, 0.7), (2, 4, 1.0),
             (3, 5, 0.6), (3, 6, 0.4), (4, 7, 1.0), (5, 0, 0.2), (5, 7, 0.8)]
    bale_blend = np.random.uniform(0.55, 0.75, size=(8, 1)).astype(np.float32)
    return CardingMixerDense(links), (Tensor(bale_blend),)
