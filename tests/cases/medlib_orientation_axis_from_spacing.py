# case: Orientation transform Cell moves the through-plane axis (the one with the largest voxel spacing, read from a spacing tensor input) to the front with a transpose -> transpose permutation from tensor values, expected rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrientConfig:
    def __init__(self, as_closest_canonical=False, labels=("L", "P", "S")):
        self.as_closest_canonical = as_closest_canonical
        self.labels = labels


def _through_plane_axis(spacing):
    return int(ops.argmax(spacing))


class Orientation(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = OrientConfig() if config is None else config
        self.as_closest_canonical = config.as_closest_canonical
        self.labels = config.labels

    def construct(self, img, spacing=None):
        if spacing is None or self.as_closest_canonical:
            return img
        axis = _through_plane_axis(spacing)
        others = [a for a in range(3) if a != axis]
        perm = (0, axis + 1) + tuple(a + 1 for a in others)
        return img.transpose(perm)


def make():
    np.random.seed(28)
    img = Tensor(np.random.randn(1, 6, 7, 5).astype(np.float32))
    spacing = Tensor(np.array([0.8, 0.8, 3.0], np.float32))
    return Orientation(), (img, spacing)
