# case: removes predicted classes whose total voxel count is below a per-class minimum by zeroing their one-hot channel (broadcast keep mask) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmallClassSuppression(nn.Cell):
    def __init__(self, num_classes=3, min_voxels=(0, 10, 5)):
        super().__init__()
        self.num_classes = num_classes
        self.min_voxels = Tensor(np.array(min_voxels, dtype=np.float32))

    def _onehot(self, labels):
        return ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32),
                           Tensor(0.0, ms.float32), axis=1)

    def construct(self, logits):
        onehot = self._onehot(logits.argmax(axis=1))
        volumes = onehot.sum(axis=(2, 3, 4))
        keep = (volumes >= self.min_voxels).astype(ms.float32)
        n, c = keep.shape
        fg = onehot[:, 1:] * keep[:, 1:].reshape(n, c - 1, 1, 1, 1)
        bg = 1.0 - fg.sum(axis=1, keepdims=True)
        return ops.concat((bg, fg), axis=1).argmax(axis=1)


def make():
    np.random.seed(0)
    logits = np.random.randn(1, 3, 5, 6, 6).astype(np.float32)
    logits[0, 2] -= 1.5
    return SmallClassSuppression(), (Tensor(logits),)
