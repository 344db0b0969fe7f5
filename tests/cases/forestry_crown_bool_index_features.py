# case: tree-crown segmenter gathers feature vectors of crown pixels via boolean-mask indexing before pooling -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownDescriptor(nn.Cell):
    def __init__(self, in_ch=3, feat_ch=8):
        super().__init__()
        self.encoder = nn.SequentialCell([
            nn.Conv2d(in_ch, feat_ch, 3, pad_mode="same"),
            nn.ReLU(),
        ])
        self.seg = nn.Conv2d(feat_ch, 1, 1)

    def construct(self, rgb):
        feats = self.encoder(rgb)
        prob = ops.sigmoid(self.seg(feats))
        c = feats.shape[1]
        flat_feats = feats.transpose(0, 2, 3, 1).reshape(-1, c)
        crown = prob.reshape(-1) > 0.5
        crown_feats = flat_feats[crown]
        return crown_feats.mean(axis=0)


def make():
    np.random.seed(7)
    rgb = Tensor(np.random.rand(1, 3, 12, 12).astype(np.float32))
    return CrownDescriptor(), (rgb,)
