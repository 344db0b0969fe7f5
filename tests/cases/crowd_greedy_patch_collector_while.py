# case: collects the densest patches in a while loop until half the crowd is covered, appending to a list then stacking -> data-dependent loop length grows a list in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyPatchCollector(nn.Cell):
    def __init__(self, patch=4, coverage=0.5):
        super().__init__()
        self.patch = patch
        self.coverage = coverage

    def split_patches(self, density):
        p = self.patch
        h, w = density.shape[-2], density.shape[-1]
        x = density.reshape(h // p, p, w // p, p).transpose(0, 2, 1, 3)
        return x.reshape(-1, p, p)

    def construct(self, density):
        patches = self.split_patches(density)
        counts = patches.sum(axis=(1, 2))
        _, order = ops.sort(counts, descending=True)
        total = counts.sum()
        covered = ops.zeros((), ms.float32)
        selected = []
        i = 0
        while covered < self.coverage * total:
            idx = order[i]
            selected.append(patches[idx])
            covered = covered + counts[idx]
            i += 1
        return ops.stack(selected)


def make():
    np.random.seed(5)
    dens = np.random.rand(1, 1, 16, 16).astype(np.float32)
    return GreedyPatchCollector(), (Tensor(dens),)
