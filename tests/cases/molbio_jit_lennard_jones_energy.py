# case: @ms.jit function for Lennard-Jones energy of a padded batch of molecules with a soft cutoff and pair mask -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _pair_mask(atom_mask):
    n = atom_mask.shape[-1]
    pm = atom_mask[:, :, None] * atom_mask[:, None, :]
    return pm * (1.0 - ops.eye(n, n, ms.float32))


@ms.jit
def lennard_jones_energy(pos, atom_mask, sigma=1.0, epsilon=0.5, cutoff=3.0):
    diff = pos[:, :, None, :] - pos[:, None, :, :]
    r2 = (diff ** 2).sum(-1) + 1e-6
    sr6 = (sigma * sigma / r2) ** 3
    e = 4.0 * epsilon * (sr6 * sr6 - sr6)
    within = ops.select(r2 < cutoff * cutoff, ops.ones_like(e), ops.zeros_like(e))
    e = e * within * _pair_mask(atom_mask)
    return 0.5 * e.sum(axis=(1, 2))


def make():
    np.random.seed(33)
    pos = Tensor((np.random.rand(2, 5, 3) * 3.0).astype(np.float32))
    mask = np.ones((2, 5), np.float32)
    mask[1, 3:] = 0
    return lennard_jones_energy, (pos, Tensor(mask))
