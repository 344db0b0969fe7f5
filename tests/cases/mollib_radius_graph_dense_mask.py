# case: radius graph kept dense; cutoff applied as a float mask multiplied into filter weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutoffConfig:
    cutoff = 5.0
    num_gaussians = 16
    max_atoms = 10
    self_interaction = False


def gaussian_smearing(dist, offsets, coeff):
    return ops.exp(coeff * (dist[..., None] - offsets) ** 2)


class DenseRadiusFilter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.self_interaction = config.self_interaction
        offsets = np.linspace(0.0, config.cutoff, config.num_gaussians).astype(np.float32)
        self.offsets = Tensor(offsets)
        self.coeff = -0.5 / float(offsets[1] - offsets[0]) ** 2
        self.not_eye = Tensor(1.0 - np.eye(config.max_atoms), ms.float32)

    def construct(self, pos, atom_mask):
        diff = pos[:, :, None, :] - pos[:, None, :, :]
        dist = ops.sqrt((diff ** 2).sum(-1) + 1e-9)
        pair_mask = atom_mask[:, :, None] * atom_mask[:, None, :]
        pair_mask = pair_mask * (dist < self.cutoff).astype(ms.float32)
        if not self.self_interaction:
            pair_mask = pair_mask * self.not_eye
        rbf = gaussian_smearing(dist, self.offsets, self.coeff)
        return rbf * pair_mask[..., None], pair_mask


def make():
    np.random.seed(2)
    pos = Tensor(np.random.rand(2, 10, 3).astype(np.float32) * 6.0)
    mask = np.ones((2, 10), np.float32)
    mask[1, 7:] = 0.0
    return DenseRadiusFilter(CutoffConfig()), (pos, Tensor(mask))
