# case: pick the single fuzziest splice-image patch with argmax and gather it -> fixed-size gather via argmax, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def patchify(img, p):
    h, w = img.shape
    x = img.reshape(h // p, p, w // p, p).transpose(0, 2, 1, 3)
    return x.reshape(-1, p * p)


class WorstPatch(nn.Cell):
    def __init__(self, patch=4):
        super().__init__()
        self.patch = patch

    def construct(self, img):
        patches = patchify(img, self.patch)
        fuzz = patches.std(axis=1)
        idx = fuzz.argmax().reshape(1)
        worst = ops.gather(patches, idx, 0)
        return worst.reshape(self.patch, self.patch), idx


def make():
    np.random.seed(212)
    img = np.random.uniform(0.45, 0.55, size=(16, 16)).astype(np.float32)
    img[4:8, 8:12] = np.random.uniform(0, 1, size=(4, 4))
    return WorstPatch(), (Tensor(img),)
