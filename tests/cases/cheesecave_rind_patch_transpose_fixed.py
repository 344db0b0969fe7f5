# case: reshape a rind image into 8x8 patches and transpose with a constant permutation before a patch-level mould classifier -> constant perm and shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PATCH = 8


class PatchMouldClassifier(nn.Cell):
    def __init__(self, img_size=32, n_classes=3):
        super().__init__()
        self.n = img_size // PATCH
        self.embed = nn.Dense(3 * PATCH * PATCH, 16)
        self.cls = nn.Dense(16, n_classes)  # clean / white bloom / blue-green contamination

    def patchify(self, img):
        b, c, _, _ = img.shape
        x = img.reshape(b, c, self.n, PATCH, self.n, PATCH)
        x = ops.transpose(x, (0, 2, 4, 1, 3, 5))
        return x.reshape(b, self.n * self.n, c * PATCH * PATCH)

    def construct(self, img):
        patches = self.patchify(img)
        logits = self.cls(ops.gelu(self.embed(patches)))
        return ops.softmax(logits, axis=-1).mean(axis=1)


def make():
    np.random.seed(3229)
    img = np.random.rand(2, 3, 32, 32).astype(np.float32)
    return PatchMouldClassifier(), (Tensor(img),)
