# case: read per-species size priors from a constant Python dict of floats inside construct to rescale box areas -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


SIZE_PRIORS = {"deer": 1.4, "boar": 1.0, "fox": 0.5, "badger": 0.6}


class SizeNormalizer(nn.Cell):
    def __init__(self, species=("deer", "boar", "fox", "badger")):
        super().__init__()
        self.priors = Tensor(np.array([SIZE_PRIORS[s] for s in species], np.float32))
        self.min_area = 0.01
        self.reference = "boar"

    def construct(self, boxes, probs):
        w = boxes[:, 2] - boxes[:, 0]
        h = boxes[:, 3] - boxes[:, 1]
        area = ops.maximum(w * h, self.min_area)
        expected = ops.matmul(probs, self.priors)
        ref = SIZE_PRIORS[self.reference]
        return area / expected * ref


def make():
    np.random.seed(12)
    b = np.sort(np.random.rand(5, 4).astype(np.float32), axis=1)
    probs = Tensor(np.random.dirichlet(np.ones(4), 5).astype(np.float32))
    return SizeNormalizer(), (Tensor(b), probs)
