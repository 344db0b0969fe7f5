# case: jit_class accumulator instantiated in construct and mutated in a loop over tiles, fields returned -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AreaAccumulator:
    def __init__(self, num_classes):
        self.num_classes = num_classes
        self.total = ops.zeros((num_classes,), ms.float32)
        self.tiles = 0

    def add(self, onehot_tile):
        self.total = self.total + onehot_tile.sum(axis=(0, 1))
        self.tiles += 1


class TiledAreaCounter(nn.Cell):
    def __init__(self, num_classes=4, tile=4):
        super().__init__()
        self.num_classes = num_classes
        self.tile = tile

    def to_onehot(self, labels):
        return ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, labels):
        h, w = labels.shape
        acc = AreaAccumulator(self.num_classes)
        onehot = self.to_onehot(labels)
        for y in range(0, h, self.tile):
            for x in range(0, w, self.tile):
                acc.add(onehot[y:y + self.tile, x:x + self.tile])
        return acc.total / acc.tiles


def make():
    np.random.seed(19)
    labels = Tensor(np.random.randint(0, 4, (8, 8)).astype(np.int32))
    return TiledAreaCounter(), (labels,)
