# case: jit function expanding a leaf: nonzero on the legal mask, gather priors and noise for those moves and renormalise -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DIRICHLET_EPS = 0.25


@ms.jit
def expand_leaf(priors, legal_mask, noise):
    legal_idx = ops.nonzero(legal_mask).squeeze(-1)
    legal_priors = ops.gather(priors, legal_idx, 0)
    legal_priors = legal_priors / legal_priors.sum()
    legal_noise = ops.gather(noise, legal_idx, 0)
    mixed = (1 - DIRICHLET_EPS) * legal_priors + DIRICHLET_EPS * legal_noise
    return legal_idx, mixed


def make():
    np.random.seed(4)
    p = np.random.rand(9).astype(np.float32)
    priors = Tensor(p / p.sum())
    mask = Tensor(np.array([1, 1, 0, 0, 1, 0, 1, 1, 0], dtype=np.bool_))
    noise = Tensor(np.random.dirichlet([0.3] * 9).astype(np.float32))
    return expand_leaf, (priors, mask, noise)
