# case: accord blending with one learnable ratio vector per accord (top, heart, base) held as Parameters, looped with range(len(...)) over the Python tuple -> loop over static Python sequence, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AccordBlend(nn.Cell):
    def __init__(self, accord_sizes=(4, 5, 3), n_desc=6, tier_weights=(0.2, 0.5, 0.3)):
        super().__init__()
        self.ratios = ms.ParameterTuple([
            Parameter(Tensor(np.zeros(n, np.float32)), name=f"accord_{i}") for i, n in enumerate(accord_sizes)
        ])
        self.tier_weights = tier_weights
        self.sizes = accord_sizes

    def construct(self, odour_matrix, target):
        profile = ops.zeros((odour_matrix.shape[1],), ms.float32)
        start = 0
        for i in range(len(self.sizes)):
            n = self.sizes[i]
            r = ops.softmax(self.ratios[i], axis=0)
            block = odour_matrix[start:start + n]
            profile = profile + self.tier_weights[i] * ops.matmul(r.reshape(1, -1), block).reshape(-1)
            start = start + n
        return ((profile - target) ** 2).mean(), profile


def make():
    np.random.seed(231)
    om = Tensor(np.random.rand(12, 6).astype(np.float32))
    target = Tensor(np.random.rand(6).astype(np.float32))
    return AccordBlend(), (om, target)
