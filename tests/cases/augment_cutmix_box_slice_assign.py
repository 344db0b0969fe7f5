# case: cutmix pastes a patch whose box comes from a tensor lambda via slice assignment x[:, :, y1:y2, x1:x2] -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutMix(nn.Cell):
    def __init__(self, alpha=1.0, prob=1.0):
        super().__init__()
        self.alpha = alpha
        self.prob = prob

    def rand_box(self, h, w, lam):
        cut_rat = ops.sqrt(1.0 - lam)
        cut_h = (cut_rat * h).astype(ms.int32)
        cut_w = (cut_rat * w).astype(ms.int32)
        cy = ops.randint(0, h, (1,))[0]
        cx = ops.randint(0, w, (1,))[0]
        y1 = ops.clip(cy - cut_h // 2, 0, h)
        y2 = ops.clip(cy + cut_h // 2, 0, h)
        x1 = ops.clip(cx - cut_w // 2, 0, w)
        x2 = ops.clip(cx + cut_w // 2, 0, w)
        return y1, y2, x1, x2

    def construct(self, images, lam):
        _, _, h, w = images.shape
        perm = ops.randperm(images.shape[0], dtype=ms.int32)
        shuffled = images[perm]
        y1, y2, x1, x2 = self.rand_box(h, w, lam)
        patch = shuffled[:, :, y1:y2, x1:x2]
        images[:, :, y1:y2, x1:x2] = patch
        area = ((y2 - y1) * (x2 - x1)).astype(ms.float32)
        lam_adj = 1.0 - area / (h * w)
        return images, lam_adj


def make():
    np.random.seed(1)
    imgs = Tensor(np.random.rand(4, 3, 16, 16).astype(np.float32))
    lam = Tensor(np.float32(0.6))
    return CutMix(), (imgs, lam)
