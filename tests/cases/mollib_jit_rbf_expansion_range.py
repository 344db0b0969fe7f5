# case: @ms.jit Gaussian RBF expansion loops over range(NUM_GAUSSIANS) python constant and stacks, with a cutoff via ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_GAUSSIANS = 8
CUTOFF = 4.0
WIDTH = CUTOFF / NUM_GAUSSIANS


@ms.jit
def rbf_expand(pos, atom_mask):
    d = ops.norm(pos[:, :, None, :] - pos[:, None, :, :], dim=-1)
    pair = atom_mask[:, :, None] * atom_mask[:, None, :]
    feats = []
    for k in range(NUM_GAUSSIANS):
        mu = k * WIDTH
        feats.append(ops.exp(-((d - mu) ** 2) / (2 * WIDTH ** 2)))
    rbf = ops.stack(feats, axis=-1)
    env = ops.where(d < CUTOFF, 0.5 * (ops.cos(d * np.pi / CUTOFF) + 1.0), ops.zeros_like(d))
    return rbf * (env * pair)[..., None]


def make():
    np.random.seed(36)
    pos = Tensor(np.random.randn(2, 9, 3).astype(np.float32) * 1.5)
    mask = np.ones((2, 9), np.float32)
    mask[0, 6:] = 0
    return rbf_expand, (pos, Tensor(mask))
