# case: reaction encoder increments a module-level counter of processed reactions inside construct to decide when to refresh a cache -> global state mutation in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

_SEEN_REACTIONS = 0
REFRESH_EVERY = 4


class ReactionFingerprintEncoder(nn.Cell):
    def __init__(self, fp_dim=32, out_dim=8):
        super().__init__()
        self.enc = nn.Dense(fp_dim, out_dim)

    def construct(self, reactant_fp, product_fp):
        global _SEEN_REACTIONS
        _SEEN_REACTIONS += reactant_fp.shape[0]
        diff_fp = product_fp - reactant_fp
        z = ops.tanh(self.enc(diff_fp))
        if _SEEN_REACTIONS % REFRESH_EVERY == 0:
            z = z * 0.5
        return z


def make():
    np.random.seed(31)
    r = Tensor((np.random.rand(3, 32) > 0.8).astype(np.float32))
    p = Tensor((np.random.rand(3, 32) > 0.8).astype(np.float32))
    return ReactionFingerprintEncoder(), (r, p)
