# case: accepts a single feature map or a tuple of multi-scale maps (isinstance dispatch), resizes and concatenates them -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchEmbedder(nn.Cell):
    def __init__(self, target_hw=(8, 8), pool_size=3):
        super().__init__()
        self.target_hw = target_hw
        self.local_pool = nn.AvgPool2d(kernel_size=pool_size, stride=1, pad_mode="same")

    def align(self, fmap):
        fmap = self.local_pool(fmap)
        if fmap.shape[-2:] != self.target_hw:
            fmap = ops.interpolate(fmap, size=self.target_hw, mode="bilinear", align_corners=False)
        return fmap

    def construct(self, features):
        if isinstance(features, (tuple, list)):
            aligned = [self.align(f) for f in features]
            emb = ops.concat(aligned, axis=1)
        else:
            emb = self.align(features)
        b, c = emb.shape[0], emb.shape[1]
        return emb.reshape(b, c, -1).transpose(0, 2, 1)


def make():
    np.random.seed(29)
    f1 = Tensor(np.random.randn(2, 4, 16, 16).astype(np.float32))
    f2 = Tensor(np.random.randn(2, 6, 8, 8).astype(np.float32))
    return PatchEmbedder(), ((f1, f2),)
