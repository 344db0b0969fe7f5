# case: RandFlip augmentation Cell flips a 3-D volume and its label along config spatial axes only in training, choosing per sample with ops.select on a uniform draw (probability prob) -> constant axes and three-argument select, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AugConfig:
    def __init__(self, prob=0.5, spatial_axis=(0, 2), apply_to_label=True):
        self.prob = prob
        self.spatial_axis = spatial_axis
        self.apply_to_label = apply_to_label


class RandomizableTransform(nn.Cell):
    def __init__(self, prob):
        super().__init__()
        self.prob = prob
        self.uniform = ops.UniformReal(seed=0)

    def _do_transform(self, batch):
        draw = self.uniform((batch, 1, 1, 1, 1))
        return draw < self.prob


class RandFlip(RandomizableTransform):
    def __init__(self, config=AugConfig()):
        super().__init__(config.prob)
        self.axes = tuple(a + 2 for a in config.spatial_axis)
        self.apply_to_label = config.apply_to_label

    def _flip(self, x, do):
        flipped = ops.flip(x, self.axes)
        return ops.select(ops.broadcast_to(do, x.shape), flipped, x)

    def construct(self, image, label=None):
        if not self.training:
            return image if label is None else (image, label)
        do = self._do_transform(image.shape[0])
        image = self._flip(image, do)
        if label is not None and self.apply_to_label:
            label = self._flip(label, do)
        return image if label is None else (image, label)


def make():
    np.random.seed(33)
    image = Tensor(np.random.randn(2, 1, 6, 6, 6).astype(np.float32))
    label = Tensor((np.random.rand(2, 1, 6, 6, 6) > 0.5).astype(np.float32))
    net = RandFlip()
    net.set_train(True)
    return net, (image, label)
