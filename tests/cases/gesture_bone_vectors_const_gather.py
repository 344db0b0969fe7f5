# case: computes bone direction vectors of both hands with a constant parent-index gather and unit-normalises them -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


PARENTS = [0, 0, 1, 2, 3, 0, 5, 6, 7, 0, 9, 10, 11, 0, 13, 14, 15, 0, 17, 18, 19]


class BoneFeatures(nn.Cell):
    def __init__(self, parents=PARENTS, eps=1e-6):
        super().__init__()
        self.parents = Tensor(np.array(parents, dtype=np.int32))
        self.eps = eps

    def construct(self, hands):
        # hands: (T, 2, 21, 3)
        parent_pos = ops.gather(hands, self.parents, 2)
        bones = hands - parent_pos
        length = ops.sqrt((bones * bones).sum(axis=-1, keepdims=True) + self.eps)
        return bones / length, length.squeeze(-1)


class BoneGestureNet(nn.Cell):
    def __init__(self, num_classes=10):
        super().__init__()
        self.bones = BoneFeatures()
        self.fc = nn.Dense(2 * 21 * 4, num_classes)

    def construct(self, hands):
        unit, length = self.bones(hands)
        feats = ops.concat((unit, length.expand_dims(-1)), axis=-1)
        return self.fc(feats.reshape(hands.shape[0], -1)).mean(axis=0)


def make():
    np.random.seed(34)
    hands = Tensor(np.random.randn(6, 2, 21, 3).astype(np.float32))
    return BoneGestureNet(), (hands,)
