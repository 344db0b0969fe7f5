# case: reaction encoder reads module-level constants (fingerprint dim, scale) without mutating them and encodes the difference fingerprint -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FP_DIM = 32
DIFF_SCALE = 0.5
USE_PRODUCT_TERM = True


class ReactionFingerprintEncoder(nn.Cell):
    def __init__(self, out_dim=8):
        super().__init__()
        self.enc = nn.Dense(FP_DIM, out_dim)
        self.prod_enc = nn.Dense(FP_DIM, out_dim)

    def construct(self, reactant_fp, product_fp):
        diff_fp = (product_fp - reactant_fp) * DIFF_SCALE
        z = ops.tanh(self.enc(diff_fp))
        if USE_PRODUCT_TERM:
            z = z + ops.tanh(self.prod_enc(product_fp))
        return z


def make():
    np.random.seed(32)
    r = Tensor((np.random.rand(3, 32) > 0.8).astype(np.float32))
    p = Tensor((np.random.rand(3, 32) > 0.8).astype(np.float32))
    return ReactionFingerprintEncoder(), (r, p)
