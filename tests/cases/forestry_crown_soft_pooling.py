# case: tree-crown segmenter pools features weighted by the crown probability map instead of selecting pixels -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownDescriptor(nn.Cell):
    def __init__(self, in_ch=3, feat_ch=8, hard=False):
        super().__init__()
        self.encoder = nn.SequentialCell([
            nn.Conv2d(in_ch, feat_ch, 3, pad_mode="same"),
            nn.ReLU(),
        ])
        self.seg = nn.Conv2d(feat_ch, 1, 1)
        self.hard = hard

    def construct(self, rgb):
        feats = self.encoder(rgb)
        prob = ops.sigmoid(self.seg(feats))
        if self.hard:
            prob = (prob > 0.5).astype(feats.dtype)
        weighted = (feats * prob).sum(axis=(2, 3))
        norm = prob.sum(axis=(2, 3)) + 1e-6
        return weighted / norm


def make():
    np.random.seed(7)
    rgb = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    return CrownDescriptor(hard=True), (rgb,)
