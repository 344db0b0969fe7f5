# case: gather the splice-image patches ranked worst, taking as many as the count of patches above the fuzz threshold -> gather with index length from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def patchify(img, p):
    h, w = img.shape
    x = img.reshape(h // p, p, w // p, p).transpose(0, 2, 1, 3)
    return x.reshape(-1, p * p)


class WorstPatches(nn.Cell):
    def __init__(self, patch=4, fuzz_thresh=0.15):
        super().__init__()
        self.patch = patch
        self.fuzz_thresh = fuzz_thresh

    def construct(self, img):
        patches = patchify(img, self.patch)
        fuzz = patches.std(axis=1)
        order = ops.argsort(fuzz, descending=True)
        n_bad = (fuzz > self.fuzz_thresh).astype(ms.int32).sum()
        worst = ops.gather(patches, order[:n_bad], 0)
        return worst.mean(axis=1)


def make():
    np.random.seed(211)
    img = np.random.uniform(0.45, 0.55, size=(16, 16)).astype(np.float32)
    img[4:8, 8:12] = np.random.uniform(0, 1, size=(4, 4))
    img[12:16, 0:4] = np.random.uniform(0, 1, size=(4, 4))
    return WorstPatches(), (Tensor(img),)
