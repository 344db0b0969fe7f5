# case: if the max defect score exceeds the alarm level, rescale the embedding, else pass it through; both branches keep the same shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmAwareEmbedding(nn.Cell):
    def __init__(self, n_feat=8, alarm=0.8, damp=0.5):
        super().__init__()
        self.enc = nn.Dense(n_feat, 8)
        self.alarm = alarm
        self.damp = damp

    def construct(self, feats):
        emb = self.enc(feats)
        score = ops.sigmoid(emb).max()
        if score > self.alarm:
            out = emb * self.damp
        else:
            out = emb + 0.0
        return out, score


def make():
    np.random.seed(15)
    feats = Tensor(np.random.randn(5, 8).astype(np.float32))
    return AlarmAwareEmbedding(), (feats,)
