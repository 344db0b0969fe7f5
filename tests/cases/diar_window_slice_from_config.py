# case: crops frame features to a context window whose length comes from the constructor and pads with x.shape arithmetic -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowConfig:
    def __init__(self, win=16, hop=8, feat_dim=20):
        self.win = win
        self.hop = hop
        self.feat_dim = feat_dim


class WindowedEmbedder(nn.Cell):
    def __init__(self, cfg=None, emb_dim=8):
        super().__init__()
        cfg = cfg or WindowConfig()
        self.win = cfg.win
        self.hop = cfg.hop
        self.encoder = nn.Dense(cfg.feat_dim, emb_dim)

    def construct(self, feats):
        # feats: (B, T, F)
        t = feats.shape[1]
        n_win = (t - self.win) // self.hop + 1
        outs = []
        for i in range(n_win):
            start = i * self.hop
            chunk = feats[:, start:start + self.win, :]
            outs.append(self.encoder(chunk).mean(axis=1))
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(2)
    feats = Tensor(np.random.randn(2, 40, 20).astype(np.float32))
    return WindowedEmbedder(), (feats,)
