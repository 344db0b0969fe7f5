# case: keeps the first n frames where n is the number of voiced frames computed as a tensor, sliced x[:n] -> Graph mode cannot make a static slice from a tensor bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadingSpeechEmbedder(nn.Cell):
    def __init__(self, feat_dim=20, emb_dim=8):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(feat_dim, 32), nn.ReLU(), nn.Dense(32, emb_dim)])

    def construct(self, feats, vad_mask):
        # feats: (T, F), vad_mask: (T,) of 0/1 floats, voiced frames are sorted to the front upstream
        n_voiced = vad_mask.sum().astype(ms.int32)
        voiced = feats[:n_voiced]
        emb = self.encoder(voiced)
        return emb.mean(axis=0)


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(30, 20).astype(np.float32))
    mask = np.zeros(30, dtype=np.float32)
    mask[:17] = 1.0
    return LeadingSpeechEmbedder(), (feats, Tensor(mask))
