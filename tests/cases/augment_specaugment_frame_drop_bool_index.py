# case: audio augmentation drops random frames by boolean-mask indexing along time before pooling -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameDropEncoder(nn.Cell):
    def __init__(self, n_mels=16, hidden=8, drop_prob=0.1, training=True):
        super().__init__()
        self.drop_prob = drop_prob
        self.training = training
        self.proj = nn.Dense(n_mels, hidden)

    def drop_frames(self, feats):
        # feats: (T, n_mels) for one utterance
        keep = ops.rand((feats.shape[0],)) >= self.drop_prob
        keep[0] = True
        return feats[keep]

    def construct(self, feats):
        if self.training:
            feats = self.drop_frames(feats)
        h = ops.relu(self.proj(feats))
        return h.mean(axis=0)


def make():
    np.random.seed(20)
    feats = Tensor(np.random.rand(25, 16).astype(np.float32))
    return FrameDropEncoder(), (feats,)
