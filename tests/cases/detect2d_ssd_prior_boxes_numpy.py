# case: SSD prior-box layer that builds priors with NumPy from the feature map shape inside construct -> compile error at line 20 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PriorBox(nn.Cell):
    def __init__(self, image_size=64, min_size=12.0, max_size=24.0, aspect_ratios=(2.0,), clip=True):
        super().__init__()
        self.image_size = image_size
        self.min_size = min_size
        self.max_size = max_size
        self.aspect_ratios = aspect_ratios
        self.clip = clip

    def construct(self, feat, loc):
        fh, fw = feat.shape[2], feat.shape[3]
        step = self.image_size / fw
        s_k = self.min_size / self.image_size
        s_k_prime = np.sqrt(s_k * (self.max_size / self.image_size))
        ys, xs = np.meshgrid(np.arange(fh), np.arange(fw), indexing="ij")
        cx = (xs.reshape(-1) + 0.5) * step / self.image_size
        cy = (ys.reshape(-1) + 0.5) * step / self.image_size
        wh = [(s_k, s_k), (s_k_prime, s_k_prime)]
        for ar in self.aspect_ratios:
            wh.append((s_k * np.sqrt(ar), s_k / np.sqrt(ar)))
        priors = np.stack([np.stack([cx, cy, np.full_like(cx, w), np.full_like(cx, h)], axis=1) for w, h in wh], axis=1)
        priors = Tensor(priors.reshape(-1, 4).astype(np.float32))
        if self.clip:
            priors = ops.clamp(priors, 0.0, 1.0)
        return priors + loc * 0.1


def make():
    np.random.seed(30)
    feat = Tensor(np.random.randn(1, 4, 4, 4).astype(np.float32))
    loc = Tensor(np.random.randn(48, 4).astype(np.float32))
    return PriorBox(), (feat, loc)
