# case: a VAD sub-Cell returns the indices of speech frames with nonzero and the parent gathers those frames before embedding -> dynamic shape from nonzero/gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameVAD(nn.Cell):
    def __init__(self, feat_dim=12, threshold=0.5):
        super().__init__()
        self.score = nn.Dense(feat_dim, 1)
        self.threshold = threshold

    def construct(self, feats):
        prob = ops.sigmoid(self.score(feats)).squeeze(-1)
        return ops.nonzero(prob > self.threshold).reshape(-1)


class SpeechOnlyEmbedder(nn.Cell):
    def __init__(self, feat_dim=12, emb_dim=6):
        super().__init__()
        self.vad = FrameVAD(feat_dim)
        self.embed = nn.Dense(feat_dim, emb_dim)

    def construct(self, feats):
        idx = self.vad(feats)
        speech = ops.gather(feats, idx, 0)
        return self.embed(speech).mean(axis=0)


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(20, 12).astype(np.float32))
    return SpeechOnlyEmbedder(), (feats,)
