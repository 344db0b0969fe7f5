# case: attentive statistics pooling over frames with padding frames masked by a large negative before softmax, sizes all from x.shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentiveStatsPool(nn.Cell):
    def __init__(self, channels=12, attn_dim=8, eps=1e-6):
        super().__init__()
        self.attn = nn.SequentialCell([nn.Dense(channels, attn_dim), nn.Tanh(), nn.Dense(attn_dim, channels)])
        self.eps = eps

    def construct(self, x, valid):
        # x: (B, T, C), valid: (B, T) float 0/1 frame mask
        logits = self.attn(x)
        bias = (1.0 - valid.expand_dims(-1)) * -1e4
        w = ops.softmax(logits + bias, axis=1)
        mean = (w * x).sum(axis=1)
        var = (w * x * x).sum(axis=1) - mean * mean
        std = ops.sqrt(ops.clamp(var, min=self.eps))
        return ops.concat((mean, std), axis=-1)


class SpeakerEmbeddingHead(nn.Cell):
    def __init__(self, channels=12, emb_dim=8):
        super().__init__()
        self.pool = AttentiveStatsPool(channels)
        self.bn = nn.BatchNorm1d(2 * channels)
        self.fc = nn.Dense(2 * channels, emb_dim)

    def construct(self, x, valid):
        return self.fc(self.bn(self.pool(x, valid)))


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(3, 16, 12).astype(np.float32))
    valid = np.ones((3, 16), dtype=np.float32)
    valid[1, 10:] = 0.0
    valid[2, 6:] = 0.0
    return SpeakerEmbeddingHead(), (x, Tensor(valid))
