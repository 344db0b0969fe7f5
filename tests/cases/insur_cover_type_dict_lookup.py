# case: pick the rating-factor mask for a policy's cover type from a Python dict keyed by int(cover_type) tensor value -> dict lookup with a key taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COVER_MASKS = {
    0: [1.0, 1.0, 0.0, 0.0, 0.0],   # third party
    1: [1.0, 1.0, 1.0, 0.0, 0.0],   # third party fire and theft
    2: [1.0, 1.0, 1.0, 1.0, 1.0],   # comprehensive
}


class CoverRating(nn.Cell):
    def __init__(self, masks=COVER_MASKS):
        super().__init__()
        self.masks = masks
        self.factor_weights = Tensor(np.array([0.2, 0.1, 0.15, 0.3, 0.05], np.float32))

    def construct(self, features, cover_type):
        mask = Tensor(self.masks[int(cover_type)], ms.float32)
        eta = (features * mask * self.factor_weights).sum(axis=1)
        return ops.exp(eta)


def make():
    np.random.seed(40)
    x = Tensor(np.random.randn(9, 5).astype(np.float32))
    ct = Tensor(2, ms.int32)
    return CoverRating(), (x, ct)
